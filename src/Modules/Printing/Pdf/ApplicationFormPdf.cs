using System.Globalization;
using Admin.Kernel.Money;
using Admin.Modules.Printing.Services;
using PdfSharp.Drawing;

namespace Admin.Modules.Printing.Pdf;

/// <summary>
/// The customer application form (客户业务申请表), A4: the outlet's part with the task's details, the items with schedule and
/// collected amounts, the total in figures and in capitals, maker and reviewer, signature boxes; below a cut line, the part the
/// customer keeps. Labels are bilingual (简体中文 / English), as the counter's paper forms are.
/// </summary>
internal static class ApplicationFormPdf
{
    private const double Left = 15;
    private const double Width = 180;

    // Content ends above this line of an A4 page; what does not fit continues on the next page.
    private const double Bottom = 282;

    public static byte[] Render(PrintData d, string printedBy)
    {
        var m = d.Model;
        var title = $"{m.TitleZh} {m.TitleEn}";
        var customer = m.CustomerName is null ? "—" : m.CustomerCode is null ? m.CustomerName : $"{m.CustomerName} ({m.CustomerCode})";
        using var c = new PdfCanvas(210, 297, new PdfProperties(
            $"客户业务申请表 Customer application form {d.Receipt}", $"{d.OutletName} ({d.OutletCode})", printedBy,
            $"{d.Receipt}; {d.TaskType}"));

        c.Text("客户业务申请表", Left, 12, Width, 18, bold: true, align: XStringAlignment.Center);
        c.Text("Customer application form · " + title, Left, 20, Width, 10, align: XStringAlignment.Center);
        c.Text($"收据号 Receipt No. {d.Receipt}", Left, 27, Width, 9, align: XStringAlignment.Far);

        var y = 33.0;
        var rows = new List<(string Label, string Value)>
        {
            ("网点 Outlet", $"{d.OutletName} ({d.OutletCode})"),
            ("日期 Date", d.LocalAt.ToString("yyyy年MM月dd日  HH:mm", CultureInfo.InvariantCulture) + $"（{Kernel.Time.LocalTimes.OffsetText(d.Offset)}）"),
            ("客户 Customer", customer),
        };
        if (!string.IsNullOrEmpty(m.CustomerIdType) || !string.IsNullOrEmpty(m.CustomerIdMasked))
        {
            rows.Add(("证件 ID document", $"{IdTypeName(m.CustomerIdType ?? "")} {m.CustomerIdMasked}".Trim()));
        }

        rows.AddRange(m.Rows.Select(r => ($"{r.LabelZh} {r.LabelEn}", r.Value)));
        if (m.PaymentMethodEn.Length > 0 || m.PaymentMethodZh.Length > 0)
        {
            rows.Add(("收款方式 Payment method", $"{m.PaymentMethodZh} {m.PaymentMethodEn}".Trim()));
        }

        foreach (var (label, value) in rows)
        {
            y = Room(c, y, 8);
            c.Box(Left, y, 50, 8);
            c.Box(Left + 50, y, Width - 50, 8);
            c.Text(label, Left + 2, y + 2, 46, 9, bold: true);
            c.Text(value, Left + 52, y + 2, Width - 54, 9);
            y += 8;
        }

        if (m.Table is { } table)
        {
            y = DrawTable(c, table, y + 4);
        }

        if (m.Items.Count > 0)
        {
            y = DrawItems(c, m.Items, y + 4);
        }

        y = Room(c, y, 16);
        c.Box(Left, y, Width, 8);
        c.Text("合计（小写）Total in figures", Left + 2, y + 2, 80, 9, bold: true);
        c.Text("¥" + Money(d.Total), Left + 90, y + 2, Width - 92, 10, bold: true, align: XStringAlignment.Far);
        y += 8;
        c.Box(Left, y, Width, 8);
        c.Text("合计（大写）Total in capitals", Left + 2, y + 2, 60, 9, bold: true);
        c.Text("人民币 " + ChineseAmount.ToCapitals(d.Total), Left + 62, y + 2, Width - 64, 10, bold: true, align: XStringAlignment.Far);
        y += 12;

        y = Room(c, y, 38);
        c.Text($"经办 Maker: {m.Maker ?? "—"}", Left, y, 85, 9);
        c.Text($"复核 Reviewer: {m.Reviewer ?? "—"}", Left + 90, y, 90, 9);
        y += 8;

        // Signature boxes.
        c.Box(Left, y, 85, 24);
        c.Text("客户签名 Customer signature", Left + 2, y + 2, 81, 8.5);
        c.Box(Left + 95, y, 85, 24);
        c.Text("经办员签名 Operator signature", Left + 97, y + 2, 81, 8.5);
        c.Text("日期 Date:", Left + 2, y + 18, 40, 8);
        c.Text("日期 Date:", Left + 97, y + 18, 40, 8);
        y += 30;

        // The customer's part: at the foot of the page, or of the next one when the form is long.
        if (y > 212)
        {
            c.NewPage();
            y = 20;
        }

        y = Math.Max(y, 200);
        c.Line(5, y, 205, y, 0.6, dashed: true);
        c.Text("沿此线剪开 Cut here", Left, y - 4.5, Width, 7, align: XStringAlignment.Center);
        y += 5;
        c.Text("客户留存联 Customer's copy", Left, y, Width, 13, bold: true, align: XStringAlignment.Center);
        y += 9;
        var keep = new (string, string)[]
        {
            ("网点 Outlet", $"{d.OutletName} ({d.OutletCode})"),
            ("收据号 Receipt No.", d.Receipt),
            ("日期 Date", d.LocalAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("客户 Customer", customer),
            ("业务 Task", title),
            ("金额 Amount", "¥" + Money(d.Total) + "   " + ChineseAmount.ToCapitals(d.Total)),
            ("经办 / 复核 Maker / reviewer", $"{m.Maker ?? "—"} / {m.Reviewer ?? "—"}"),
        };
        foreach (var (label, value) in keep)
        {
            c.Box(Left, y, 55, 7);
            c.Box(Left + 55, y, 90, 7);
            c.Text(label, Left + 2, y + 1.7, 51, 8.5, bold: true);
            c.Text(value, Left + 57, y + 1.7, 86, 8.5);
            y += 7;
        }

        c.Box(Left + 150, y - 49, 30, 30);
        c.Text("网点盖章 Outlet stamp", Left + 150, y - 47, 30, 7, align: XStringAlignment.Center);
        c.Text("请妥善保管本联，查询或退款时出示。Keep this part; show it for enquiries or refunds.", Left, y + 3, Width, 8);
        return c.ToBytes();
    }

    // Starts a new page when the next block of `height` mm would cross the bottom margin.
    private static double Room(PdfCanvas c, double y, double height)
    {
        if (y + height <= Bottom)
        {
            return y;
        }

        c.NewPage();
        return 15;
    }

    private static double DrawItems(PdfCanvas c, IReadOnlyList<Contracts.PrintItem> items, double y)
    {
        double[] cols = [Left, Left + 90, Left + 110, Left + 145];
        double[] widths = [90, 20, 35, 35];
        string[] heads = ["项目 Item", "数量 Qty", "标准金额 Schedule", "实收金额 Collected"];
        void Heads()
        {
            for (var i = 0; i < 4; i++)
            {
                c.Box(cols[i], y, widths[i], 8);
                c.Text(heads[i], cols[i] + 1.5, y + 2, widths[i] - 3, 8.5, bold: true, align: i == 0 ? XStringAlignment.Near : XStringAlignment.Far);
            }

            y += 8;
        }

        y = Room(c, y, 15);
        Heads();
        foreach (var item in items)
        {
            if (y + 7 > Bottom)
            {
                y = Room(c, y, 7);
                Heads();
            }

            string[] cells = [$"{item.NameZh} {item.NameEn}", item.Quantity.ToString(CultureInfo.InvariantCulture), Money(item.Schedule), Money(item.Collected)];
            for (var i = 0; i < 4; i++)
            {
                c.Box(cols[i], y, widths[i], 7);
                c.Text(cells[i], cols[i] + 1.5, y + 1.7, widths[i] - 3, 9, align: i == 0 ? XStringAlignment.Near : XStringAlignment.Far);
            }

            y += 7;
        }

        return y;
    }

    // A list (the cards of a task): its title, the headings repeated on every page it continues on, columns of equal width.
    private static double DrawTable(PdfCanvas c, Contracts.PrintTable table, double y)
    {
        var n = Math.Max(1, table.Headings.Count);
        var w = Width / n;
        void Heads()
        {
            for (var i = 0; i < table.Headings.Count; i++)
            {
                c.Box(Left + i * w, y, w, 8);
                c.Text(table.Headings[i], Left + i * w + 1.5, y + 2, w - 3, 8, bold: true);
            }

            y += 8;
        }

        y = Room(c, y, 23);
        c.Text($"{table.TitleZh} {table.TitleEn}", Left, y, Width, 10, bold: true);
        y += 6;
        Heads();
        foreach (var row in table.Rows)
        {
            if (y + 7 > Bottom)
            {
                y = Room(c, y, 7);
                Heads();
            }

            for (var i = 0; i < n; i++)
            {
                c.Box(Left + i * w, y, w, 7);
                c.Text(i < row.Count ? row[i] : "", Left + i * w + 1.5, y + 1.7, w - 3, 8.5);
            }

            y += 7;
        }

        return y;
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string IdTypeName(string type) => type switch
    {
        "ResidentId" => "居民身份证 Resident ID",
        "Passport" => "护照 Passport",
        "HongKongMacaoPermit" => "港澳居民来往内地通行证 HK/Macao permit",
        "TaiwanPermit" => "台湾居民来往大陆通行证 Taiwan permit",
        "BusinessLicence" => "统一社会信用代码 Credit code",
        "" => "",
        _ => type,
    };
}

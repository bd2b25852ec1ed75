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

    public static byte[] Render(PrintData d, string printedBy)
    {
        var title = d.Task == PrintTask.FeeCollection ? "缴费 Fee collection" : "支票收款 Cheque receipt";
        using var c = new PdfCanvas(210, 297, new PdfProperties(
            $"客户业务申请表 Customer application form {d.Receipt}", $"{d.OutletName} ({d.OutletCode})", printedBy,
            $"{d.Receipt}; {PrintSources.Slug(d.Task)}"));

        c.Text("客户业务申请表", Left, 12, Width, 18, bold: true, align: XStringAlignment.Center);
        c.Text("Customer application form · " + title, Left, 20, Width, 10, align: XStringAlignment.Center);
        c.Text($"收据号 Receipt No. {d.Receipt}", Left, 27, Width, 9, align: XStringAlignment.Far);

        var y = 33.0;
        var rows = new List<(string Label, string Value)>
        {
            ("网点 Outlet", $"{d.OutletName} ({d.OutletCode})"),
            ("日期 Date", d.LocalAt.ToString("yyyy年MM月dd日  HH:mm", CultureInfo.InvariantCulture) + $"（{Kernel.Time.LocalTimes.OffsetText(d.Offset)}）"),
            ("客户 Customer", $"{d.CustomerName} ({d.CustomerCode})"),
            ("证件 ID document", $"{IdTypeName(d.CustomerIdType)} {d.CustomerIdMasked}".Trim()),
        };
        if (d.Task == PrintTask.FeeCollection)
        {
            rows.Add(("发票抬头 Invoice title", d.InvoiceTitle is null ? "—" : d.TaxpayerNumber is null ? d.InvoiceTitle : $"{d.InvoiceTitle}  {d.TaxpayerNumber}"));
        }
        else
        {
            rows.Add(("支票号码 Cheque No.", d.ChequeNumber ?? ""));
            rows.Add(("出票人 Drawer", d.Drawer ?? ""));
            rows.Add(("付款行 Drawer's bank", d.DrawerBank ?? ""));
            rows.Add(("出票日期 Cheque date", d.ChequeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""));
        }

        rows.Add(("收款方式 Payment method", $"{d.PaymentMethodZh} {d.PaymentMethodEn}"));
        foreach (var (label, value) in rows)
        {
            c.Box(Left, y, 50, 8);
            c.Box(Left + 50, y, Width - 50, 8);
            c.Text(label, Left + 2, y + 2, 46, 9, bold: true);
            c.Text(value, Left + 52, y + 2, Width - 54, 9);
            y += 8;
        }

        // Items: schedule and collected amounts.
        y += 4;
        double[] cols = [Left, Left + 90, Left + 110, Left + 145];
        double[] widths = [90, 20, 35, 35];
        string[] heads = ["项目 Item", "数量 Qty", "标准金额 Schedule", "实收金额 Collected"];
        for (var i = 0; i < 4; i++)
        {
            c.Box(cols[i], y, widths[i], 8);
            c.Text(heads[i], cols[i] + 1.5, y + 2, widths[i] - 3, 8.5, bold: true, align: i == 0 ? XStringAlignment.Near : XStringAlignment.Far);
        }

        y += 8;
        foreach (var item in d.Items)
        {
            string[] cells = [$"{item.NameZh} {item.NameEn}", item.Quantity.ToString(CultureInfo.InvariantCulture), Money(item.Schedule), Money(item.Collected)];
            for (var i = 0; i < 4; i++)
            {
                c.Box(cols[i], y, widths[i], 7);
                c.Text(cells[i], cols[i] + 1.5, y + 1.7, widths[i] - 3, 9, align: i == 0 ? XStringAlignment.Near : XStringAlignment.Far);
            }

            y += 7;
        }

        c.Box(Left, y, Width, 8);
        c.Text("合计（小写）Total in figures", Left + 2, y + 2, 80, 9, bold: true);
        c.Text("¥" + Money(d.Total), Left + 90, y + 2, Width - 92, 10, bold: true, align: XStringAlignment.Far);
        y += 8;
        c.Box(Left, y, Width, 8);
        c.Text("合计（大写）Total in capitals", Left + 2, y + 2, 60, 9, bold: true);
        c.Text("人民币 " + ChineseAmount.ToCapitals(d.Total), Left + 62, y + 2, Width - 64, 10, bold: true, align: XStringAlignment.Far);
        y += 12;

        c.Text($"经办 Maker: {d.Maker ?? "—"}", Left, y, 85, 9);
        c.Text($"复核 Reviewer: {d.Reviewer ?? "—"}", Left + 90, y, 90, 9);
        y += 8;

        // Signature boxes.
        c.Box(Left, y, 85, 24);
        c.Text("客户签名 Customer signature", Left + 2, y + 2, 81, 8.5);
        c.Box(Left + 95, y, 85, 24);
        c.Text("经办员签名 Operator signature", Left + 97, y + 2, 81, 8.5);
        c.Text("日期 Date:", Left + 2, y + 18, 40, 8);
        c.Text("日期 Date:", Left + 97, y + 18, 40, 8);
        y += 30;

        // The customer's part.
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
            ("客户 Customer", $"{d.CustomerName} ({d.CustomerCode})"),
            ("业务 Task", title),
            ("金额 Amount", "¥" + Money(d.Total) + "   " + ChineseAmount.ToCapitals(d.Total)),
            ("经办 / 复核 Maker / reviewer", $"{d.Maker ?? "—"} / {d.Reviewer ?? "—"}"),
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

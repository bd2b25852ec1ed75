using Admin.Kernel.Money;
using Admin.Modules.Closes.Models;
using Admin.Modules.Printing.Contracts;

namespace Admin.Modules.Closes.Services;

/// <summary>The shift report (班结报表) as Printing's form prints it: per payment method the expected and the counted amount.</summary>
public sealed class ShiftClosePrintSource(ClosesQuery query) : IPrintSource
{
    public const string TaskType = "shift-close";

    public IReadOnlyList<string> TaskTypes { get; } = [TaskType];

    public string Permission => ClosesPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [];

    public string FormLinkText(string taskType) => "Print the shift report";

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (taskType != TaskType || await query.FindShiftAsync(taskId, ct) is not { } s)
        {
            return null;
        }

        var rows = new List<PrintRow>
        {
            new("操作员", "Operator", s.OperatorLogin),
            new("业务笔数", "Tasks", s.Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("应有合计", "Expected", Money.Format(s.Expected)),
            new("实点合计", "Counted", Money.Format(s.Counted)),
            new("长短款", "Over (+) / short (−)", Money.Format(s.Difference)),
            new("容差", "Tolerance", Money.Format(s.Tolerance)),
        };
        if (s.Denominations is not null)
        {
            rows.Add(new("现金券别", "Cash by denomination", s.Denominations));
        }

        if (s.Note is not null)
        {
            rows.Add(new("备注", "Note", s.Note));
        }

        return new PrintModel("操作员班结", "Shift close", s.OutletId, s.OutletCode, s.Number, s.ClosedAt, null, null, null, null, rows,
            [], "", "", s.Counted, s.OperatorLogin, s.ReviewerLogin,
            Table: new PrintTable("班结明细", "Count per payment method", ["收款方式 Method", "应有 Expected", "实点 Counted", "差额 Difference"],
                s.Lines.Select(l => (IReadOnlyList<string>)new List<string> { $"{MethodZh(l.PaymentMethod)} {l.PaymentMethod}", Money.Format(l.Expected), Money.Format(l.Counted), Money.Format(l.Difference) }).ToList()),
            LocalDate: s.Day);
    }

    private static string MethodZh(string method) => method switch
    {
        "Cash" => "现金",
        "Cheque" => "支票",
        "BankCard" => "银行卡",
        "Transfer" => "转账",
        _ => method,
    };
}

namespace Admin.Modules.Printing.Contracts;

/// <summary>
/// What a module registers (as a scoped service) to have its counter tasks printed: the customer application form of each of
/// its task types and, optionally, the voucher kinds head office may design overprint layouts for. Printing knows no task of
/// its own: the module that owns the task depends on Printing and implements this (Counter: <c>fee-collection</c>, Cheques:
/// <c>cheque-receipt</c>).
/// </summary>
public interface IPrintSource
{
    /// <summary>The task types this source prints, as URLs write them (<c>fee-collection</c>): lower case, digits and <c>-</c>.</summary>
    IReadOnlyList<string> TaskTypes { get; }

    /// <summary>The permission, besides <c>Printing.Print</c>, an operator needs to print these tasks (reading the task).</summary>
    string Permission { get; }

    /// <summary>The voucher kinds whose vouchers print tasks of this source (none: the tasks have a form only).</summary>
    IReadOnlyList<VoucherKindInfo> VoucherKinds { get; }

    /// <summary>
    /// The task's print model, read for the caller: null when there is no such task or it belongs to an outlet the caller may
    /// not see (the form answers 404). <paramref name="taskType"/> is one of <see cref="TaskTypes"/>.
    /// </summary>
    Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default);

    /// <summary>The English text of the link to a task type's form on the task's page (translated through the owner's texts).</summary>
    string FormLinkText(string taskType) => "Print form";
}

/// <summary>
/// A voucher kind: its stable <paramref name="Name"/> (stored with layouts and prints, e.g. <c>FeeReceipt</c>; letters and
/// digits, at most 20; the URL form is <c>fee-receipt</c>), the <paramref name="TaskType"/> whose tasks it prints, an English
/// label (translated through the owner's texts) and the values a layout field may print beyond <see cref="VoucherValues.Common"/>.
/// <paramref name="Sample"/> fills the designer's preview.
/// </summary>
public sealed record VoucherKindInfo(string Name, string TaskType, string LabelEn, IReadOnlyList<VoucherValueInfo> Values, PrintModel? Sample = null)
{
    /// <summary>The URL form of the name: <c>FeeReceipt</c> → <c>fee-receipt</c>.</summary>
    public string Slug => string.Concat(Name.Select((c, i) => char.IsAsciiLetterUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

/// <summary>
/// A value a voucher field may print: its name (stored in layouts; letters), English label, and whether a new layout of the kind
/// starts with a field of it (besides receipt number, date, customer name, amounts and operator).
/// </summary>
public sealed record VoucherValueInfo(string Name, string LabelEn, bool Starting = false);

/// <summary>One row of the form's details block (an invoice title, a cheque's number…): bilingual label and its value.</summary>
public sealed record PrintRow(string LabelZh, string LabelEn, string Value);

/// <summary>One item line with its schedule and collected amounts.</summary>
public sealed record PrintItem(string NameEn, string NameZh, int Quantity, decimal Schedule, decimal Collected);

/// <summary>A list printed on the form (the cards of a task): bilingual column headings and the rows' cells, one per column.</summary>
public sealed record PrintTable(string TitleZh, string TitleEn, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// Everything a form or voucher prints about one task. Printing adds the outlet's name and the local date and time (kernel
/// <c>LocalClock</c>) from <paramref name="OutletId"/> and <paramref name="AtUtc"/>; <paramref name="LocalDate"/> overrides the
/// printed date where the task has its own (a cheque's day of receipt). <paramref name="CustomerIdMasked"/>: pass it through
/// <see cref="PrintModel.Mask"/>. <paramref name="Values"/>: the texts of the voucher kind's own values by name.
/// </summary>
public sealed record PrintModel(
    string TitleZh, string TitleEn, Guid OutletId, string OutletCode, string Receipt, DateTime AtUtc,
    string? CustomerCode, string? CustomerName, string? CustomerIdType, string? CustomerIdMasked,
    IReadOnlyList<PrintRow> Rows, IReadOnlyList<PrintItem> Items, string PaymentMethodEn, string PaymentMethodZh, decimal Total,
    string? Maker, string? Reviewer, IReadOnlyDictionary<string, string>? Values = null, PrintTable? Table = null, DateOnly? LocalDate = null)
{
    /// <summary>Only the last four characters of an ID document stay readable (the rest as *).</summary>
    public static string Mask(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "";
        }

        return id.Length <= 4 ? id : new string('*', id.Length - 4) + id[^4..];
    }
}

/// <summary>The values every voucher kind prints (a layout field's <c>value</c>), derived from the <see cref="PrintModel"/>.</summary>
public static class VoucherValues
{
    public const string Date = "Date";
    public const string Year = "Year";
    public const string Month = "Month";
    public const string Day = "Day";
    public const string Receipt = "Receipt";
    public const string Outlet = "Outlet";
    public const string CustomerName = "CustomerName";
    public const string CustomerCode = "CustomerCode";
    public const string AmountFigures = "AmountFigures";
    public const string AmountCapitals = "AmountCapitals";
    public const string Operator = "Operator";
    public const string Reviewer = "Reviewer";

    /// <summary>The items, one line each (a kind offers it by listing it among its values).</summary>
    public const string Items = "Items";

    /// <summary>The payment method (a kind offers it by listing it among its values).</summary>
    public const string PaymentMethod = "PaymentMethod";

    /// <summary>The values of every kind.</summary>
    public static IReadOnlyList<string> Common { get; } = [Date, Year, Month, Day, Receipt, Outlet, CustomerName, CustomerCode, AmountFigures, AmountCapitals, Operator, Reviewer];
}

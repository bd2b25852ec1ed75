namespace Admin.Modules.Reports.Services;

/// <summary>The reports there are.</summary>
public static class ReportKinds
{
    public const string Takings = "takings";
    public const string Cards = "cards";
    public const string Stock = "stock";
    public const string Deposits = "deposits";
    public const string Balances = "balances";
    /// <summary>The month report rolled up (月结汇总): per outlet, per branch and for everything the caller sees.</summary>
    public const string Branches = "branches";

    public static readonly IReadOnlyList<string> All = [Takings, Branches, Cards, Stock, Deposits, Balances];

    /// <summary>The reports over a range of days (the others are as of a day, or now).</summary>
    public static bool IsRange(string kind) => kind is Takings or Cards or Branches;

    public static string Title(string kind) => kind switch
    {
        Takings => "Top-up reconciliation",
        Cards => "Cards issued by product",
        Stock => "Card stock by place",
        Deposits => "Deposits held",
        Balances => "Customer balances",
        Branches => "Month report by outlet and branch",
        _ => kind,
    };
}

/// <summary>How a column's cells are written: text, a whole number, or an amount (two decimals, right-aligned, numeric in XLSX).</summary>
public enum ReportCellType
{
    Text,
    Number,
    Amount,
}

/// <summary>A column: its English title (translated when shown or exported) and its type.</summary>
public sealed record ReportColumn(string Title, ReportCellType Type = ReportCellType.Text);

/// <summary>A row: its cells as invariant text (days yyyy-MM-dd, amounts 0.00), and the drill-down query of the figure when there is one.</summary>
public sealed record ReportRow(IReadOnlyList<string> Cells, string? Drill = null);

/// <summary>One bar of the chart (takings per day).</summary>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>A reopened period inside the report's range: shown on the report ("reopened on … by … reason").</summary>
public sealed record ReportMark(string Outlet, string Period, DateTime ReopenedAt, string By, string? Reviewer, string Reason);

/// <summary>
/// A computed report: what it is, its filters, columns and rows, totals (one cell per column, empty where nothing adds up),
/// the chart and the reopenings of the period. Kept as JSON with a run; CSV, XLSX and the printed form are written from it.
/// </summary>
public sealed record ReportData(
    string Kind, DateOnly From, DateOnly To, string? Outlet, DateTime MadeAt, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<string> Totals, IReadOnlyList<ChartPoint> Chart, IReadOnlyList<ReportMark> Marks);

/// <summary>A report asked for: the kind, the first and last local day (the last is the "as of" day of balances), an outlet's code or all the caller sees.</summary>
public sealed record ReportRequest(string? Kind, DateOnly? From, DateOnly? To, string? Outlet);

/// <summary>A request checked: the kind, the days, the outlet (null: every outlet the caller sees).</summary>
public sealed record ReportFilter(string Kind, DateOnly From, DateOnly To, Admin.Modules.Outlets.Contracts.OutletInfo? Outlet)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

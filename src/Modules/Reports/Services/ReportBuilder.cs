using System.Globalization;
using Admin.Kernel.Money;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Closes.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Reports.Services;

/// <summary>
/// Computes a report from the modules' contracts (the ledger's grouped sums, cards and stock, customers, reopenings), only over
/// outlets the caller sees. Takings are read one local day at a time, so a long range reports its progress and never holds one
/// huge statement.
/// </summary>
public sealed class ReportBuilder(
    ReportOutlets outlets, ILedgerReportData ledger, ICardReportData cards, ICustomerDirectory customers, IPeriodMarks marks, ICloseFacts closes, LocalClock local,
    TimeProvider clock)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public async Task<ReportData> BuildAsync(ReportFilter filter, Func<int, int, Task>? progress, CancellationToken ct)
    {
        var offset = await local.OffsetAsync(ct);
        var codes = await outlets.CodesAsync(ct);
        var (columns, rows, totals, chart) = filter.Kind switch
        {
            ReportKinds.Takings => await TakingsAsync(filter, offset, codes, progress, ct),
            ReportKinds.Branches => await BranchesAsync(filter, offset, ct),
            ReportKinds.Cards => await CardsAsync(filter, offset, ct),
            ReportKinds.Stock => await StockAsync(filter, codes, ct),
            ReportKinds.Deposits => await DepositsAsync(filter, offset, codes, ct),
            _ => await BalancesAsync(filter, offset, codes, ct),
        };
        var reopened = (await marks.ReopeningsAsync(filter.Outlet?.Id, filter.From, filter.To, ct)).Where(m => outlets.CanSee(m.OutletId))
            .Select(m => new ReportMark(m.OutletCode, m.Kind == "Day" ? m.From.ToString("yyyy-MM-dd", Inv) : m.From.ToString("yyyy-MM", Inv), m.ReopenedAt, m.ReopenedBy, m.Reviewer, m.Reason))
            .ToList();
        return new ReportData(filter.Kind, filter.From, filter.To, filter.Outlet?.Code, clock.GetUtcNow().UtcDateTime, columns, rows, totals, chart, reopened);
    }

    /// <summary>The most entries a drill-down shows.</summary>
    public const int MaxEntries = 500;

    /// <summary>The entries behind a reconciliation figure: an outlet the caller sees, a day, optionally the task type and payment method.</summary>
    public async Task<Kernel.Results.OperationResult<IReadOnlyList<TillEntryRow>>> EntriesAsync(string? outlet, DateOnly? day, string? task, string? method, string? status, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(outlet) || day is null)
        {
            return Kernel.Results.OperationResult<IReadOnlyList<TillEntryRow>>.Invalid(ReportsErrors.DrillInvalid());
        }

        var filter = await outlets.CheckAsync(new ReportRequest(ReportKinds.Takings, day, day, outlet), ct);
        if (!filter.Succeeded)
        {
            return Kernel.Results.OperationResult<IReadOnlyList<TillEntryRow>>.From(filter);
        }

        var offset = await local.OffsetAsync(ct);
        var rows = await ledger.TillEntriesAsync(filter.Value!.Outlet!.Id, LocalClock.StartUtc(day.Value, offset), LocalClock.EndUtc(day.Value, offset),
            task?.Length > 64 ? null : task, method?.Length > 16 ? null : method, MaxEntries, ct);
        return Kernel.Results.OperationResult<IReadOnlyList<TillEntryRow>>.Success(
            string.IsNullOrEmpty(status) ? rows : rows.Where(r => string.Equals(r.Status, status, StringComparison.OrdinalIgnoreCase)).ToList());
    }

    private async Task<Table> TakingsAsync(ReportFilter filter, TimeSpan offset, IReadOnlyDictionary<Guid, string> codes, Func<int, int, Task>? progress, CancellationToken ct)
    {
        var rows = new List<ReportRow>();
        var chart = new List<ChartPoint>();
        var (entries, amount) = (0, 0m);
        for (var i = 0; i < filter.Days; i++)
        {
            var day = filter.From.AddDays(i);
            var dayText = day.ToString("yyyy-MM-dd", Inv);
            var sums = (await ledger.TillTakingsAsync(filter.Outlet?.Id, LocalClock.StartUtc(day, offset), LocalClock.EndUtc(day, offset), ct))
                .Where(r => outlets.CanSee(r.OutletId)).ToList();
            foreach (var r in sums.OrderBy(r => codes.GetValueOrDefault(r.OutletId, ""), StringComparer.Ordinal).ThenBy(r => r.TaskType, StringComparer.Ordinal)
                         .ThenBy(r => r.PaymentMethod, StringComparer.Ordinal).ThenBy(r => r.Status, StringComparer.Ordinal))
            {
                var code = codes.GetValueOrDefault(r.OutletId, r.OutletId.ToString("N"));
                rows.Add(new ReportRow([code, dayText, r.TaskType, r.PaymentMethod, r.Status, r.Entries.ToString(Inv), Money.Format(r.Amount)],
                    $"outlet={code}&day={dayText}&task={Uri.EscapeDataString(r.TaskType)}&method={Uri.EscapeDataString(r.PaymentMethod)}&status={r.Status}"));
            }

            chart.Add(new ChartPoint(dayText, sums.Sum(r => r.Amount)));
            entries += sums.Sum(r => r.Entries);
            amount += sums.Sum(r => r.Amount);
            if (progress is not null)
            {
                await progress(i + 1, filter.Days);
            }
        }

        return new Table(
            [new("Outlet"), new("Day"), new("Task"), new("Payment method"), new("Status"), new("Entries", ReportCellType.Number), new("Amount", ReportCellType.Amount)],
            rows, ["", "", "", "", "", entries.ToString(Inv), Money.Format(amount)], chart);
    }

    /// <summary>
    /// The month report rolled up (月结汇总): every outlet the caller sees with its days closed, entries and net takings per
    /// payment method over the range, a total row per branch after its outlets, and the grand total (a branch user's own
    /// branch; head office's network). An outlet straight under head office is grouped under head office.
    /// </summary>
    private async Task<Table> BranchesAsync(ReportFilter filter, TimeSpan offset, CancellationToken ct)
    {
        var tree = await outlets.AllAsync(ct);
        var byId = tree.ToDictionary(o => o.Id);
        var sums = (await ledger.TillTakingsAsync(filter.Outlet?.Id, LocalClock.StartUtc(filter.From, offset), LocalClock.EndUtc(filter.To, offset), ct))
            .Where(r => outlets.CanSee(r.OutletId)).ToLookup(r => r.OutletId);
        var closed = await closes.ClosedDayCountsAsync(filter.From, filter.To, ct);
        var methods = sums.SelectMany(g => g).Select(r => r.PaymentMethod).Distinct().Order(StringComparer.Ordinal).ToList();
        // A quiet outlet shows its zeros rather than dropping out of the month; branch and head-office nodes only when they took money.
        var shown = tree.Where(o => filter.Outlet is null ? outlets.CanSee(o.Id) && (o.Type == "Outlet" || sums.Contains(o.Id)) : o.Id == filter.Outlet.Id).ToList();
        string BranchOf(OutletInfo o) =>
            o.Type == "Outlet" && o.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Code : o.Code;
        IEnumerable<string> Figures(IEnumerable<TillTakingsRow> rows)
        {
            var list = rows.ToList();
            return [list.Sum(r => r.Entries).ToString(Inv), .. methods.Select(m => Money.Format(list.Where(r => r.PaymentMethod == m).Sum(r => r.Amount))),
                Money.Format(list.Sum(r => r.Amount))];
        }

        var rows = new List<ReportRow>();
        foreach (var branch in shown.GroupBy(BranchOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var o in branch.OrderBy(o => o.Code, StringComparer.Ordinal))
            {
                rows.Add(new ReportRow(["Outlet", branch.Key, o.Code, closed.GetValueOrDefault(o.Id).ToString(Inv), .. Figures(sums[o.Id])]));
            }

            rows.Add(new ReportRow(["Branch total", branch.Key, "", "", .. Figures(branch.SelectMany(o => sums[o.Id]))]));
        }

        return new Table(
            [new("Level"), new("Branch"), new("Outlet"), new("Days closed", ReportCellType.Number), new("Entries", ReportCellType.Number),
                .. methods.Select(m => new ReportColumn(m, ReportCellType.Amount)), new("Net takings", ReportCellType.Amount)],
            rows, ["", "", "", "", .. Figures(shown.SelectMany(o => sums[o.Id]))], []);
    }

    private async Task<Table> CardsAsync(ReportFilter filter, TimeSpan offset, CancellationToken ct)
    {
        var issued = (await cards.IssuedByProductAsync(LocalClock.StartUtc(filter.From, offset), LocalClock.EndUtc(filter.To, offset), ct))
            .Where(r => outlets.CanSee(r.OutletId) && (filter.Outlet is null || r.OutletId == filter.Outlet.Id)).ToList();
        var rows = issued.Select(r => new ReportRow([r.OutletCode, r.ProductCode, r.ProductNameEn, r.ProductNameZh, r.Cards.ToString(Inv)])).ToList();
        return new Table([new("Outlet"), new("Product"), new("Name"), new("Chinese name"), new("Cards", ReportCellType.Number)],
            rows, ["", "", "", "", issued.Sum(r => r.Cards).ToString(Inv)], []);
    }

    private async Task<Table> StockAsync(ReportFilter filter, IReadOnlyDictionary<Guid, string> codes, CancellationToken ct)
    {
        var stock = (await cards.StockByPlaceAsync(ct))
            .Where(r => r.OutletId is { } o ? outlets.CanSee(o) && (filter.Outlet is null || o == filter.Outlet.Id) : outlets.SeesAll && filter.Outlet is null).ToList();
        var rows = stock.Select(r => new ReportRow([r.ProductCode, r.ProductNameEn, r.Place, r.OutletId is { } o ? codes.GetValueOrDefault(o, "") : "", r.OperatorLogin ?? "", r.Cards.ToString(Inv)]))
            .ToList();
        return new Table([new("Product"), new("Name"), new("Place"), new("Outlet"), new("Operator"), new("Cards", ReportCellType.Number)],
            rows, ["", "", "", "", "", stock.Sum(r => r.Cards).ToString(Inv)], []);
    }

    private async Task<Table> DepositsAsync(ReportFilter filter, TimeSpan offset, IReadOnlyDictionary<Guid, string> codes, CancellationToken ct)
    {
        var held = (await ledger.BalancesAsOfAsync([AccountKind.Deposit, AccountKind.CustomerDeposit], LocalClock.EndUtc(filter.To, offset), filter.Outlet?.Id, ct))
            .Where(r => outlets.CanSee(r.OutletId)).GroupBy(r => (r.OutletId, r.Kind))
            .Select(g => (Outlet: codes.GetValueOrDefault(g.Key.OutletId, ""), g.Key.Kind, Accounts: g.Count(), Amount: g.Sum(r => r.Balance)))
            .OrderBy(g => g.Outlet, StringComparer.Ordinal).ThenBy(g => g.Kind).ToList();
        var rows = held.Select(h => new ReportRow([h.Outlet, h.Kind == AccountKind.Deposit ? "Deposit held per card" : "Deposit held for a customer", h.Accounts.ToString(Inv), Money.Format(h.Amount)]))
            .ToList();
        return new Table([new("Outlet"), new("Held as"), new("Accounts", ReportCellType.Number), new("Amount", ReportCellType.Amount)],
            rows, ["", "", held.Sum(h => h.Accounts).ToString(Inv), Money.Format(held.Sum(h => h.Amount))], []);
    }

    private async Task<Table> BalancesAsync(ReportFilter filter, TimeSpan offset, IReadOnlyDictionary<Guid, string> codes, CancellationToken ct)
    {
        var lines = (await ledger.BalancesAsOfAsync([AccountKind.Customer, AccountKind.Receivable], LocalClock.EndUtc(filter.To, offset), filter.Outlet?.Id, ct))
            .Where(r => outlets.CanSee(r.OutletId)).ToList();
        var owners = lines.GroupBy(r => r.OwnerId)
            .Select(g => (Owner: g.Key, Outlet: g.First().OutletId, Account: g.Where(r => r.Kind == AccountKind.Customer).Sum(r => r.Balance),
                Owes: g.Where(r => r.Kind == AccountKind.Receivable).Sum(r => r.Balance))).ToList();
        var names = new Dictionary<Guid, CustomerInfo>();
        foreach (var chunk in owners.Select(o => o.Owner).Chunk(500))
        {
            foreach (var c in await customers.FindManyAsync(chunk, ct))
            {
                names[c.Id] = c;
            }
        }

        var rows = owners.Select(o => (o, c: names.GetValueOrDefault(o.Owner))).OrderBy(x => codes.GetValueOrDefault(x.o.Outlet, ""), StringComparer.Ordinal)
            .ThenBy(x => x.c?.Code ?? "", StringComparer.Ordinal)
            .Select(x => new ReportRow([codes.GetValueOrDefault(x.o.Outlet, ""), x.c?.Code ?? x.o.Owner.ToString("N"), x.c?.Name ?? "", Money.Format(x.o.Account), Money.Format(x.o.Owes),
                Money.Format(x.o.Account - x.o.Owes)])).ToList();
        return new Table(
            [new("Outlet"), new("Customer"), new("Name"), new("Customer account", ReportCellType.Amount), new("Owed", ReportCellType.Amount), new("Balance", ReportCellType.Amount)],
            rows, ["", "", "", Money.Format(owners.Sum(o => o.Account)), Money.Format(owners.Sum(o => o.Owes)), Money.Format(owners.Sum(o => o.Account - o.Owes))], []);
    }

    private sealed record Table(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Totals, IReadOnlyList<ChartPoint> Chart);
}

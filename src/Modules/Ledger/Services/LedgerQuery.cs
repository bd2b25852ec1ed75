using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>An account as shown: amounts in CNY, balance on the account's side.</summary>
public sealed record AccountRow(long Id, AccountKind Kind, Guid OwnerId, string? PaymentMethod, Guid OutletId, string? OutletCode, decimal Balance, NormalSide Side, bool NeverNegative, DateTime CreatedAt);

/// <summary>A line of an account with its entry: amount signed (debit positive), and as debit or credit.</summary>
public sealed record LineRow(long Id, long EntryId, int LineNo, decimal Amount, decimal? Debit, decimal? Credit, DateTime At, string TaskType, string TaskId, string Memo, string? OperatorLogin, long? CorrectsEntryId);

/// <summary>One kind's totals in the trial balance.</summary>
public sealed record KindTotal(AccountKind Kind, NormalSide Side, bool NeverNegative, int Accounts, decimal Debits, decimal Credits, decimal Net, decimal Balance);

/// <summary>The trial balance: per kind, and the grand totals (debits equal credits, net zero, for the whole network).</summary>
public sealed record TrialBalance(IReadOnlyList<KindTotal> Kinds, decimal Debits, decimal Credits, decimal Net, bool Balanced, DateTime At);

/// <summary>Filters of the account list (as typed: validated here).</summary>
public sealed record AccountFilter(string? Kind = null, string? Owner = null, string? Outlet = null, string? After = null, int? Limit = null);

/// <summary>Reads the ledger within the caller's outlet scope (an account of another outlet is "not found").</summary>
public sealed class LedgerQuery(AdminDbContext db, OutletScope scope, IOutletDirectory outlets, TimeProvider clock)
{
    private IQueryable<LedgerAccount> Accounts => scope.Apply(db.Set<LedgerAccount>().AsNoTracking());

    /// <summary>Accounts by kind, owner and outlet, in creation order, keyset-paged.</summary>
    public async Task<OperationResult<Page<AccountRow>>> AccountsAsync(AccountFilter filter, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var query = Accounts;
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (Enum.TryParse<AccountKind>(filter.Kind.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(filter.Kind.Trim()[0]))
            {
                query = query.Where(a => a.Kind == kind);
            }
            else
            {
                errors.Add(LedgerErrors.KindUnknown("kind"));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            if (Guid.TryParse(filter.Owner.Trim(), out var owner))
            {
                query = query.Where(a => a.OwnerId == owner);
            }
            else
            {
                errors.Add(LedgerErrors.OwnerInvalid());
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            if (await outlets.FindByCodeAsync(filter.Outlet.Trim(), ct) is { } outlet)
            {
                query = query.Where(a => a.OutletId == outlet.Id);
            }
            else
            {
                errors.Add(LedgerErrors.OutletUnknown());
            }
        }

        long? after = null;
        if (filter.After is not null)
        {
            if (Keyset.Decode(filter.After, 1) is [var part] && long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                after = id;
            }
            else
            {
                errors.Add(Keyset.BadCursor());
            }
        }

        if (Keyset.CheckLimit(filter.Limit) is { } badLimit)
        {
            errors.Add(badLimit);
        }

        if (errors.Count > 0)
        {
            return OperationResult<Page<AccountRow>>.Invalid([.. errors]);
        }

        if (after is { } a0)
        {
            query = query.Where(a => a.Id > a0);
        }

        var limit = filter.Limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderBy(a => a.Id).Take(limit + 1).ToListAsync(ct);
        var shown = await RowsAsync(rows, ct);
        return OperationResult<Page<AccountRow>>.Success(Keyset.ToPage(shown, limit, r => Keyset.Encode(r.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>One visible account, or null.</summary>
    public async Task<AccountRow?> AccountAsync(long id, CancellationToken ct = default)
    {
        var account = await Accounts.FirstOrDefaultAsync(a => a.Id == id, ct);
        return account is null ? null : (await RowsAsync([account], ct))[0];
    }

    /// <summary>An account's lines, newest first, keyset-paged; not found for an account the caller may not see.</summary>
    public async Task<OperationResult<Page<LineRow>>> LinesAsync(long accountId, string? after, int? limit, CancellationToken ct = default)
    {
        if (!await Accounts.AnyAsync(a => a.Id == accountId, ct))
        {
            return OperationResult<Page<LineRow>>.NotFound(LedgerErrors.AccountNotFound());
        }

        var errors = LineCursor.Read(after, limit, out var before);
        if (errors.Length > 0)
        {
            return OperationResult<Page<LineRow>>.Invalid(errors);
        }

        var take = (limit ?? Keyset.DefaultLimit) + 1;
        var lines = db.Set<LedgerLine>().AsNoTracking().Where(l => l.AccountId == accountId);
        if (before is { } b)
        {
            lines = lines.Where(l => l.Id < b);
        }

        var rows = await (from l in lines
                          join e in db.Set<LedgerEntry>().AsNoTracking() on l.EntryId equals e.Id
                          orderby l.Id descending
                          select new { l.Id, l.EntryId, l.LineNo, l.Amount, e.At, e.TaskType, e.TaskId, e.Memo, e.OperatorLogin, e.CorrectsEntryId })
            .Take(take).ToListAsync(ct);
        var shown = rows.Select(r => new LineRow(r.Id, r.EntryId, r.LineNo, Fen.ToCny(r.Amount), r.Amount > 0 ? Fen.ToCny(r.Amount) : null,
            r.Amount < 0 ? Fen.ToCny(-r.Amount) : null, r.At, r.TaskType, r.TaskId, r.Memo, r.OperatorLogin, r.CorrectsEntryId)).ToList();
        return OperationResult<Page<LineRow>>.Success(Keyset.ToPage(shown, take - 1, r => Keyset.Encode(r.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>Totals per kind from the lines (debits, credits) and the cached balances; every kind appears, used or not.</summary>
    public async Task<TrialBalance> TrialBalanceAsync(CancellationToken ct = default)
    {
        var lineTotals = await (from l in db.Set<LedgerLine>().AsNoTracking()
                                join a in Accounts on l.AccountId equals a.Id
                                group l.Amount by a.Kind into g
                                select new { Kind = g.Key, Debits = g.Sum(x => x > 0 ? x : 0), Credits = g.Sum(x => x < 0 ? -x : 0) }).ToListAsync(ct);
        var accountTotals = await Accounts.GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), Balance = g.Sum(a => a.Balance) }).ToListAsync(ct);
        var kinds = ChartOfAccounts.Kinds.Select(info =>
        {
            var lines = lineTotals.FirstOrDefault(t => t.Kind == info.Kind);
            var accounts = accountTotals.FirstOrDefault(t => t.Kind == info.Kind);
            var debits = lines?.Debits ?? 0;
            var credits = lines?.Credits ?? 0;
            return new KindTotal(info.Kind, info.Side, info.NeverNegative, accounts?.Count ?? 0, Fen.ToCny(debits), Fen.ToCny(credits), Fen.ToCny(debits - credits), Fen.ToCny(accounts?.Balance ?? 0));
        }).ToList();
        var totalDebits = kinds.Sum(k => k.Debits);
        var totalCredits = kinds.Sum(k => k.Credits);
        return new TrialBalance(kinds, totalDebits, totalCredits, totalDebits - totalCredits, totalDebits == totalCredits, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<List<AccountRow>> RowsAsync(List<LedgerAccount> accounts, CancellationToken ct)
    {
        var codes = new Dictionary<Guid, string?>();
        foreach (var outletId in accounts.Select(a => a.OutletId).Distinct())
        {
            codes[outletId] = (await outlets.FindAsync(outletId, ct))?.Code;
        }

        return accounts.Select(a =>
        {
            var info = ChartOfAccounts.Of(a.Kind);
            return new AccountRow(a.Id, a.Kind, a.OwnerId, a.Method.Length == 0 ? null : a.Method, a.OutletId, codes[a.OutletId], Fen.ToCny(a.Balance), info.Side, info.NeverNegative, a.CreatedAt);
        }).ToList();
    }
}

using System.Linq.Expressions;
using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>One thing verification found wrong: a stable code, an English template with its arguments, and what it concerns.</summary>
public sealed record LedgerFinding(string Code, string Message, IReadOnlyList<string> Args, long? AccountId, long? EntryId)
{
    /// <summary>The message with its arguments, untranslated.</summary>
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, [.. Args]);
}

/// <summary>The verdict: intact when nothing was found.</summary>
public sealed record LedgerVerification(bool Intact, DateTime VerifiedAt, int Accounts, int Entries, int Lines, IReadOnlyList<LedgerFinding> Findings);

/// <summary>
/// Recomputes the ledger from its lines: every cached balance equals sign × Σ its lines, every entry has at least two
/// lines summing to zero, no never-negative account is below zero or marked as allowed to be. Reports at most
/// <see cref="MaxPerCheck"/> findings per check.
/// </summary>
public sealed class LedgerVerifier(AdminDbContext db, OutletScope scope, TimeProvider clock)
{
    public const int MaxPerCheck = 100;

    public async Task<LedgerVerification> VerifyAsync(CancellationToken ct = default)
    {
        var accounts = scope.Apply(db.Set<LedgerAccount>().AsNoTracking());
        var entries = scope.Apply(db.Set<LedgerEntry>().AsNoTracking());
        var lines = db.Set<LedgerLine>().AsNoTracking();
        var findings = new List<LedgerFinding>();

        foreach (var side in new[] { NormalSide.Debit, NormalSide.Credit })
        {
            // One query per side (balance = Σ lines on the debit side, −Σ lines on the credit side); the sum is a correlated
            // subquery on the (AccountId, Id) index.
            var sign = side == NormalSide.Debit ? 1L : -1L;
            var mismatches = await accounts.Where(KindIn(ChartOfAccounts.Kinds.Where(k => k.Side == side).Select(k => k.Kind)))
                .Select(a => new { a.Id, a.Kind, a.Balance, Total = lines.Where(l => l.AccountId == a.Id).Sum(l => (long?)l.Amount) ?? 0L })
                .Where(x => sign * x.Total != x.Balance)
                .OrderBy(x => x.Id).Take(MaxPerCheck).ToListAsync(ct);
            findings.AddRange(mismatches.Select(m => new LedgerFinding("ledger.balanceMismatch", "Account {0} ({1}): cached balance {2}, its lines give {3}.",
                [Id(m.Id), m.Kind.ToString(), Cny(m.Balance), Cny(sign * m.Total)], m.Id, null)));
        }

        var unbalanced = await (from l in lines
                                join e in entries on l.EntryId equals e.Id
                                group l.Amount by l.EntryId into g
                                where g.Sum() != 0 || g.Count() < 2
                                orderby g.Key
                                select new { EntryId = g.Key, Sum = g.Sum(), Count = g.Count() }).Take(MaxPerCheck).ToListAsync(ct);
        findings.AddRange(unbalanced.Select(u => u.Sum != 0
            ? new LedgerFinding("ledger.unbalancedEntry", "Entry {0} does not balance: its lines sum to {1}.", [Id(u.EntryId), Cny(u.Sum)], null, u.EntryId)
            : new LedgerFinding("ledger.entryTooShort", "Entry {0} has fewer than two lines.", [Id(u.EntryId)], null, u.EntryId)));
        var empty = await entries.Where(e => !lines.Any(l => l.EntryId == e.Id)).OrderBy(e => e.Id).Select(e => e.Id).Take(MaxPerCheck).ToListAsync(ct);
        findings.AddRange(empty.Select(id => new LedgerFinding("ledger.entryTooShort", "Entry {0} has fewer than two lines.", [Id(id)], null, id)));

        var neverNegative = KindIn(ChartOfAccounts.Kinds.Where(k => k.NeverNegative).Select(k => k.Kind));
        var negative = await accounts.Where(a => a.Balance < 0 && !a.CanGoNegative).Union(accounts.Where(a => a.Balance < 0).Where(neverNegative))
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.Kind, a.Balance }).Take(MaxPerCheck).ToListAsync(ct);
        findings.AddRange(negative.Select(n => new LedgerFinding("ledger.negativeBalance", "Account {0} ({1}) is below zero: {2}.",
            [Id(n.Id), n.Kind.ToString(), Cny(n.Balance)], n.Id, null)));
        var loosened = await accounts.Where(a => a.CanGoNegative).Where(neverNegative).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind }).Take(MaxPerCheck).ToListAsync(ct);
        findings.AddRange(loosened.Select(n => new LedgerFinding("ledger.mayGoNegative", "Account {0} ({1}) is marked as allowed below zero, which its kind never is.",
            [Id(n.Id), n.Kind.ToString()], n.Id, null)));

        return new LedgerVerification(findings.Count == 0, clock.GetUtcNow().UtcDateTime,
            await accounts.CountAsync(ct), await entries.CountAsync(ct), await lines.Join(entries, l => l.EntryId, e => e.Id, (l, e) => l.Id).CountAsync(ct), findings);
    }

    /// <summary>a.Kind == k1 || a.Kind == k2 ..., which both providers translate (a list's Contains over a converted enum is not).</summary>
    private static Expression<Func<LedgerAccount, bool>> KindIn(IEnumerable<AccountKind> kinds)
    {
        var a = Expression.Parameter(typeof(LedgerAccount), "a");
        var kind = Expression.Property(a, nameof(LedgerAccount.Kind));
        var body = kinds.Select(k => (Expression)Expression.Equal(kind, Expression.Constant(k))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<LedgerAccount, bool>>(body, a);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Cny(long fen) => LedgerErrors.Format(Fen.ToCny(fen));
}

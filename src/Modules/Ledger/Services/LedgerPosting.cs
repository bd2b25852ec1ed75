using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Kernel.Time;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>
/// Posting: checks the entry, creates missing accounts, applies each account's change to its cached balance with one
/// conditional update (<c>SET Balance = Balance + d WHERE Id = @id AND (CanGoNegative OR Balance + d &gt;= 0)</c>), then
/// writes the entry and its lines, all in the caller's transaction. The conditional update is what makes two parallel
/// debits safe: the second waits for the first's row lock and is then checked against the balance the first left.
/// </summary>
internal sealed class LedgerPosting(AdminDbContext db, LedgerAccounts accounts, ICurrentOperator current, TimeProvider clock, LocalClock local, IOutletDirectory outlets) : ILedger
{
    /// <summary>Most lines in one entry.</summary>
    public const int MaxLines = 100;

    public async Task<OperationResult<PostedEntry>> PostAsync(Posting posting, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The ledger posts inside the task's transaction: run the task with TaskTransaction.RunAsync.");
        }

        var errors = Check(posting);
        if (errors.Count > 0)
        {
            return OperationResult<PostedEntry>.Invalid([.. errors]);
        }

        // A closed day (Closes' daily close) takes no more entries of its outlet: every money task posts here, so every one
        // is refused, and the day's hash stays what the close stored.
        var today = await local.TodayAsync(ct);
        if (await db.Set<LedgerClosedDay>().AnyAsync(d => d.OutletId == posting.OutletId && d.Day == today, ct))
        {
            var code = (await outlets.FindAsync(posting.OutletId, ct))?.Code ?? posting.OutletId.ToString("D");
            var closed = OperationResult<PostedEntry>.Fail(FailureKind.Conflict, LedgerErrors.DayClosed(today, code));
            closed.With("day", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return closed;
        }

        if (posting.Corrects is { } corrected && !await db.Set<LedgerEntry>().AnyAsync(e => e.Id == corrected, ct))
        {
            return OperationResult<PostedEntry>.Invalid(LedgerErrors.EntryNotFound(corrected));
        }

        // Accounts in one fixed order, and balance updates in id order: two postings that share accounts take their row
        // locks in the same order and cannot deadlock.
        var ids = new Dictionary<AccountRef, long>();
        foreach (var account in posting.Lines.Select(l => Normalised(l.Account)).Distinct()
            .OrderBy(a => a.Kind).ThenBy(a => a.OwnerId).ThenBy(a => a.PaymentMethod, StringComparer.Ordinal).ThenBy(a => a.OutletId))
        {
            ids[account] = await accounts.GetOrCreateAsync(account, ct);
        }

        var changes = posting.Lines
            .GroupBy(l => Normalised(l.Account))
            .Select(g => (Account: g.Key, Id: ids[g.Key], Delta: g.Sum(l => Fen.Of(l.Amount)!.Value) * ChartOfAccounts.Of(g.Key.Kind).Sign))
            .Where(c => c.Delta != 0)
            .OrderBy(c => c.Id)
            .ToList();
        foreach (var (account, id, delta) in changes)
        {
            var updated = await db.Set<LedgerAccount>()
                .Where(a => a.Id == id && (a.CanGoNegative || a.Balance + delta >= 0))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + delta), ct);
            if (updated == 0)
            {
                var balance = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.Id == id).Select(a => a.Balance).FirstAsync(ct);
                var refused = OperationResult<PostedEntry>.Fail(FailureKind.Conflict,
                    LedgerErrors.InsufficientFunds(account.Kind.ToString(), account.OwnerId, Fen.ToCny(balance), Fen.ToCny(delta)));
                refused.With("account", id).With("accountKind", account.Kind.ToString()).With("owner", account.OwnerId);
                return refused;
            }
        }

        var entry = new LedgerEntry
        {
            TaskType = posting.TaskType.Trim(), TaskId = posting.TaskId.Trim(), OutletId = posting.OutletId, OperatorId = current.OperatorId,
            OperatorLogin = current.LoginName, At = clock.GetUtcNow().UtcDateTime, Memo = posting.Memo.Trim(), CorrectsEntryId = posting.Corrects,
            Reference = posting.Reference?.Trim() is { Length: > 0 } reference ? reference : null,
            Lines = posting.Lines.Select((l, i) => new LedgerLine { LineNo = i + 1, AccountId = ids[Normalised(l.Account)], Amount = Fen.Of(l.Amount)!.Value }).ToList(),
        };
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            // The entry is written and immutable, so nothing needs it tracked. Left in the task's context, every later save
            // (DetectChanges) would scan all entries and lines of the task: a batch of postings would slow down
            // quadratically. Only the ledger's own rows are let go; the caller's tracked rows stay as they are. A copy of the
            // lines is walked: after a failed save (a lost race, a lost table) detaching a line fixes up entry.Lines, and the
            // save's own exception must come out, not "Collection was modified" (a 500 on PostgreSQL in CardServiceLedgerModelTests).
            foreach (var line in entry.Lines.ToList())
            {
                db.Entry(line).State = EntityState.Detached;
            }

            db.Entry(entry).State = EntityState.Detached;
        }

        var idList = ids.Values.ToList();
        var after = await db.Set<LedgerAccount>().AsNoTracking().Where(a => idList.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Balance, ct);
        return OperationResult<PostedEntry>.Success(new PostedEntry(entry.Id, ids.ToDictionary(p => p.Key, p => Fen.ToCny(after[p.Value]))));
    }

    public async Task<OperationResult<PostedEntry>> ReverseAsync(long entryId, string taskType, string taskId, string memo, CancellationToken ct = default)
    {
        var entry = await db.Set<LedgerEntry>().AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return OperationResult<PostedEntry>.NotFound(LedgerErrors.EntryNotFound(entryId));
        }

        var accountIds = entry.Lines.Select(l => l.AccountId).ToList();
        var refs = await db.Set<LedgerAccount>().AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Ref, ct);
        var lines = entry.Lines.OrderBy(l => l.LineNo).Select(l => new PostingLine(refs[l.AccountId], -Fen.ToCny(l.Amount))).ToList();
        return await PostAsync(new Posting(taskType, taskId, entry.OutletId, memo, lines) { Corrects = entryId }, ct);
    }

    public async Task<decimal> BalanceAsync(AccountRef account, CancellationToken ct = default)
    {
        var normalised = Normalised(account);
        var method = normalised.PaymentMethod ?? "";
        var balance = await db.Set<LedgerAccount>().AsNoTracking()
            .Where(a => a.Kind == normalised.Kind && a.OwnerId == normalised.OwnerId && a.Method == method && a.OutletId == normalised.OutletId)
            .Select(a => (long?)a.Balance).FirstOrDefaultAsync(ct);
        return Fen.ToCny(balance ?? 0);
    }

    public async Task<IReadOnlyList<OwnerBalance>> BalancesOfAsync(IReadOnlyCollection<Guid> owners, IReadOnlyCollection<AccountKind> kinds, CancellationToken ct = default)
    {
        if (owners.Count == 0 || kinds.Count == 0)
        {
            return [];
        }

        var ownerList = owners.Distinct().ToList();
        var kindList = kinds.Distinct().ToList();
        var rows = await db.Set<LedgerAccount>().AsNoTracking()
            .Where(a => ownerList.Contains(a.OwnerId) && kindList.Contains(a.Kind))
            .GroupBy(a => new { a.OwnerId, a.Kind })
            .Select(g => new { g.Key.OwnerId, g.Key.Kind, Balance = g.Sum(a => a.Balance) })
            .ToListAsync(ct);
        return rows.Select(r => new OwnerBalance(r.OwnerId, r.Kind, Fen.ToCny(r.Balance))).ToList();
    }

    // "" and null both mean "no payment method".
    private static AccountRef Normalised(AccountRef account) =>
        string.IsNullOrEmpty(account.PaymentMethod) ? account with { PaymentMethod = null } : account;

    private static List<Kernel.Results.OperationError> Check(Posting posting)
    {
        var errors = new List<Kernel.Results.OperationError>();
        if (string.IsNullOrWhiteSpace(posting.TaskType) || string.IsNullOrWhiteSpace(posting.TaskId) || posting.TaskType.Trim().Length > 64 || posting.TaskId.Trim().Length > 64)
        {
            errors.Add(LedgerErrors.TaskRequired());
        }

        if (string.IsNullOrWhiteSpace(posting.Memo) || posting.Memo.Trim().Length > 200)
        {
            errors.Add(LedgerErrors.MemoInvalid());
        }

        if (posting.Reference?.Trim().Length > 64)
        {
            errors.Add(LedgerErrors.ReferenceTooLong(64));
        }

        if (posting.OutletId == Guid.Empty)
        {
            errors.Add(LedgerErrors.OutletRequired());
        }

        var lines = posting.Lines ?? [];
        if (lines.Count is < 2 or > MaxLines)
        {
            errors.Add(LedgerErrors.LineCount(MaxLines));
            return errors;
        }

        long debits = 0, credits = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (account, amount) = (lines[i].Account, lines[i].Amount);
            var no = i + 1;
            if (account is null || !Enum.IsDefined(account.Kind))
            {
                errors.Add(LedgerErrors.KindUnknown($"lines[{i}].account"));
                continue;
            }

            var info = ChartOfAccounts.Of(account.Kind);
            if (info.Owner != OwnerType.None && account.OwnerId == Guid.Empty)
            {
                errors.Add(LedgerErrors.OwnerRequired(no, account.Kind.ToString()));
            }
            else if (info.Owner == OwnerType.None && account.OwnerId != Guid.Empty)
            {
                errors.Add(LedgerErrors.OwnerNotExpected(no, account.Kind.ToString()));
            }

            if (info.ByPaymentMethod && !ChartOfAccounts.TillMethods.Contains(account.PaymentMethod ?? ""))
            {
                errors.Add(LedgerErrors.MethodRequired(no, string.Join(", ", ChartOfAccounts.TillMethods)));
            }
            else if (!info.ByPaymentMethod && !string.IsNullOrEmpty(account.PaymentMethod))
            {
                errors.Add(LedgerErrors.MethodNotExpected(no));
            }

            if (account.OutletId == Guid.Empty)
            {
                errors.Add(LedgerErrors.AccountOutletRequired(no));
            }

            if (amount == 0)
            {
                errors.Add(LedgerErrors.AmountZero(no));
            }
            else if (Fen.Of(amount) is not { } fen)
            {
                errors.Add(LedgerErrors.AmountInvalid(no));
            }
            else if (fen > 0)
            {
                debits += fen;
            }
            else
            {
                credits -= fen;
            }
        }

        if (errors.Count == 0 && debits != credits)
        {
            errors.Add(LedgerErrors.Unbalanced(Fen.ToCny(debits), Fen.ToCny(credits)));
        }

        return errors;
    }
}

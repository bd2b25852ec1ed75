using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Ledger.Services;

/// <summary>An owner's lines over some kinds (see <see cref="ILedgerOwnerLines"/>).</summary>
internal sealed class LedgerOwnerLinesReader(AdminDbContext db) : ILedgerOwnerLines
{
    public async Task<OperationResult<Page<OwnerLine>>> LinesAsync(Guid owner, IReadOnlyCollection<AccountKind> kinds, string? after, int? limit, CancellationToken ct = default)
    {
        var errors = LineCursor.Read(after, limit, out var before);
        if (errors.Length > 0)
        {
            return OperationResult<Page<OwnerLine>>.Invalid(errors);
        }

        var kindList = kinds.Distinct().ToList();
        var accounts = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.OwnerId == owner && kindList.Contains(a.Kind))
            .Select(a => new { a.Id, a.Kind }).ToListAsync(ct);
        var take = (limit ?? Keyset.DefaultLimit) + 1;
        if (accounts.Count == 0)
        {
            return OperationResult<Page<OwnerLine>>.Success(new Page<OwnerLine>([], null));
        }

        var ids = accounts.Select(a => a.Id).ToList();
        var lines = db.Set<LedgerLine>().AsNoTracking().Where(l => ids.Contains(l.AccountId));
        if (before is { } b)
        {
            lines = lines.Where(l => l.Id < b);
        }

        var rows = await (from l in lines
                          join e in db.Set<LedgerEntry>().AsNoTracking() on l.EntryId equals e.Id
                          orderby l.Id descending
                          select new { l.Id, l.EntryId, l.AccountId, l.Amount, e.At, e.TaskType, e.TaskId, e.Memo, e.Reference, e.OperatorLogin, e.CorrectsEntryId })
            .Take(take).ToListAsync(ct);
        var kindOf = accounts.ToDictionary(a => a.Id, a => a.Kind);
        var shown = rows.Select(r =>
        {
            var kind = kindOf[r.AccountId];
            // Lines are debit positive; the change is shown on the account's own side.
            var change = Fen.ToCny(r.Amount) * ChartOfAccounts.Of(kind).Sign;
            return new OwnerLine(r.Id, r.EntryId, kind, change, r.At, r.TaskType, r.TaskId, r.Memo, r.Reference, r.OperatorLogin, r.CorrectsEntryId);
        }).ToList();
        return OperationResult<Page<OwnerLine>>.Success(Keyset.ToPage(shown, take - 1, r => Keyset.Encode(r.LineId.ToString(CultureInfo.InvariantCulture))));
    }
}

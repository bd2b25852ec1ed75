using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// Writes a checked and reviewed fee collection as one task (<see cref="TaskTransaction"/>): the receipt number, the
/// collection, its ledger entry, the audit record and the grant commit together; a refused posting or a lost race
/// (a deadlock or serialization failure on PostgreSQL) leaves nothing and answers 409.
/// </summary>
public sealed class FeeCollectionWriter(
    AdminDbContext db, TaskTransaction tasks, ILedger ledger, OutletSequences sequences, TimeProvider clock, ICurrentOperator current, CounterTask task)
{
    /// <summary>Writes the collection taken at <paramref name="outlet"/>.</summary>
    public async Task<OperationResult<FeeCollection>> WriteAsync(
        OutletInfo outlet, PricedCollection collection, string summary, ReviewGrant? grant, Contracts.InvoiceTitleCopy? title, CancellationToken ct)
    {
        try
        {
            return await tasks.RunAsync(async token =>
            {
                var row = new FeeCollection
                {
                    Id = Guid.NewGuid(), OutletId = outlet.Id, OutletCode = outlet.Code,
                    ReceiptNumber = await sequences.NextAsync(outlet.Id, OutletSequences.Receipts, token),
                    CustomerId = collection.CustomerId, CustomerCode = collection.CustomerCode, CustomerName = collection.CustomerName,
                    PaymentMethod = collection.PaymentMethod, Total = collection.Total, At = clock.GetUtcNow().UtcDateTime, OperatorId = current.OperatorId,
                    OperatorLogin = current.LoginName, ReviewerLogin = grant?.ReviewerLogin, Summary = summary,
                    InvoiceTitleId = title?.TitleId, InvoiceTitle = title is null ? null : JsonSerializer.Serialize(title),
                };
                foreach (var line in collection.Lines)
                {
                    row.Lines.Add(new FeeCollectionLine
                    {
                        Id = Guid.NewGuid(), FeeCollectionId = row.Id, LineNo = line.LineNo, FeeCode = line.Code, FeeNameEn = line.NameEn, FeeNameZh = line.NameZh,
                        Quantity = line.Quantity, UnitAmount = line.Unit, ScheduleAmount = line.Schedule, CollectedAmount = line.Collected,
                    });
                }

                db.Add(row);
                if (FeeCollectionPosting.Of(row, current.OperatorId ?? Guid.Empty) is { } posting)
                {
                    var posted = await ledger.PostAsync(posting, token);
                    if (!posted.Succeeded)
                    {
                        return OperationResult<FeeCollection>.From(posted);
                    }
                }

                await task.RecordAsync(new AuditRecord(CounterModule.ModuleId, "FeeCollection.Create", nameof(FeeCollection), row.Receipt, null,
                    JsonSerializer.Deserialize<JsonElement>(summary)), grant, row.Id.ToString(), token);
                return OperationResult<FeeCollection>.Success(row);
            }, ct);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return LostRace.Conflict<FeeCollection>();
        }
    }
}

using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Issuing.Services;

/// <summary>
/// A checked, reviewed issuing task ready to write: the outlet and operator, the customer (picked, or to register), the
/// product, the primary card of secondary cards, the cards with their fees or face values, the payment method.
/// </summary>
public sealed record IssuePlan(
    IssueKind Kind, OutletInfo Outlet, Guid OperatorId, string? OperatorLogin, DateTime At, string PaymentMethod, CustomerInfo? Customer, NewCustomer? NewCustomer,
    CardProductInfo Product, Guid? PrimaryCardId, IReadOnlyList<PlannedCard> Cards, string Summary)
{
    public bool ServiceInvoice { get; init; } = true;
    public Guid? InvoiceTitleId { get; init; }
    public string? BuyerName { get; init; }
    public string? BuyerIdType { get; init; }
    public string? BuyerIdNumber { get; init; }

    /// <summary>The customer's deposit held without a card (<see cref="IssueChecks.DepositHeldAsync"/>), moved onto the cards' deposits.</summary>
    public decimal DepositHeld { get; init; }

    /// <summary>Runs first inside the transaction (after the idempotency claim); an error refuses the task (409) and writes nothing.</summary>
    public Func<CancellationToken, Task<OperationError?>>? Guard { get; init; }

    public decimal Total => Cards.Sum(c => c.Total);
}

/// <summary>The customer's invoice titles, when the InvoiceTitles module is on (none otherwise).</summary>
public sealed class IssueTitles(IEnumerable<IInvoiceTitleSource> sources)
{
    /// <summary>The customer's titles to choose from.</summary>
    public async Task<IReadOnlyList<InvoiceTitleCopy>> ChoicesAsync(Guid customerId, CancellationToken ct)
    {
        var all = new List<InvoiceTitleCopy>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ChoicesAsync(customerId, ct));
        }

        return all;
    }

    /// <summary>Takes the chosen title (marks it printed in the caller's unit of work).</summary>
    public async Task<OperationResult<InvoiceTitleCopy?>> TakeAsync(Guid customerId, Guid titleId, CancellationToken ct)
    {
        InvoiceTitleCopy? title = null;
        foreach (var source in sources)
        {
            var taken = await source.TakeAsync(customerId, titleId, ct);
            if (!taken.Succeeded)
            {
                return taken;
            }

            title ??= taken.Value;
        }

        return OperationResult<InvoiceTitleCopy?>.Success(title);
    }
}

/// <summary>
/// Writes an issuing task in one transaction (<see cref="TaskTransaction"/>): the customer when registered here, the cards
/// (each taken out of the operator's drawer), the record with its fee lines and receipt number, the ledger entry, the audit
/// record and the review grant. A refusal anywhere, or a parallel task that issued or moved one of the cards, leaves nothing.
/// </summary>
public sealed class IssueWriter(
    AdminDbContext db, TaskTransaction transaction, IOutletSequences sequences, ICustomerRegistry customers, ICardRegistry cards, ILedger ledger,
    CounterTask task, IssueTitles titles)
{
    /// <summary>The receipt sequence of the issuing tasks (per outlet).</summary>
    public const string Sequence = "issue";

    /// <summary>The code of a line that takes a card's deposit from the deposit the customer had paid before (a negative amount).</summary>
    public const string DepositHeldLine = "DEPOSIT-HELD";

    public async Task<OperationResult<IssueRecord>> WriteAsync(IssuePlan plan, ReviewGrant? grant, CancellationToken ct)
    {
        try
        {
            return await transaction.RunAsync(token => WriteInTransactionAsync(plan, grant, token), ct);
        }
        catch (Exception ex) when (RefusedByTheDatabase(ex))
        {
            // Another task issued or moved one of these cards at the same moment (the stock block's version, the card
            // number's unique index, or the database's serialization/deadlock refusal): nothing of this task stays.
            db.ChangeTracker.Clear();
            return OperationResult<IssueRecord>.From(cards.IssuedMeanwhile(plan.Cards.Count == 1 ? plan.Cards[0].Number : null));
        }
    }

    /// <summary>
    /// Takes the customer's secondary-issuing row for the rest of the transaction: the UPDATE holds the row's lock
    /// (PostgreSQL) or the database's write lock (SQLite) until commit, so a second batch of the same customer waits here
    /// and then counts the cards the first one left.
    /// </summary>
    public async Task LockSecondaryAsync(Guid customerId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Issuing_SecondaryLocks" ("CustomerId", "Batches") VALUES ({customerId}, 0)
            ON CONFLICT ("CustomerId") DO NOTHING
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Issuing_SecondaryLocks" SET "Batches" = "Batches" + 1 WHERE "CustomerId" = {customerId}
            """, ct);
    }

    private async Task<OperationResult<IssueRecord>> WriteInTransactionAsync(IssuePlan plan, ReviewGrant? grant, CancellationToken ct)
    {
        if (plan.Guard is not null && await plan.Guard(ct) is { } stop)
        {
            return OperationResult<IssueRecord>.Conflict(stop);
        }

        var customer = plan.Customer;
        if (customer is null && plan.NewCustomer is not null)
        {
            var added = await customers.AddAsync(plan.NewCustomer, ct);
            if (!added.Succeeded)
            {
                return OperationResult<IssueRecord>.From(added);
            }

            customer = added.Value!;
        }

        var outlet = plan.Outlet;
        var record = new IssueRecord
        {
            Id = Guid.NewGuid(), Kind = plan.Kind, OutletId = outlet.Id, OutletCode = outlet.Code, CustomerId = customer?.Id, CustomerCode = customer?.Code,
            CustomerName = customer?.Name, BuyerName = plan.BuyerName, BuyerIdType = plan.BuyerIdType, BuyerIdNumber = plan.BuyerIdNumber,
            PaymentMethod = plan.PaymentMethod, Total = plan.Total, ServiceInvoice = plan.ServiceInvoice, At = plan.At, OperatorId = plan.OperatorId,
            OperatorLogin = plan.OperatorLogin, ReviewerLogin = grant?.ReviewerLogin, Summary = plan.Summary,
        };
        record.ReceiptNumber = await sequences.NextAsync(outlet.Id, Sequence, ct);

        var lines = new List<PostingLine>();
        var income = 0m;
        // A registered customer's deposit paid before any card moves onto the cards' deposits: D CustomerDeposit · C Deposit(card).
        var held = plan.Customer is null ? 0m : plan.DepositHeld;
        var moved = 0m;
        foreach (var planned in plan.Cards)
        {
            var added = await cards.AddIssuedAsync(new NewCard(
                plan.Product.Id, planned.Number, customer?.Id, plan.PrimaryCardId, planned.HolderName, planned.VehiclePlate, planned.Notes, planned.FaceValue,
                outlet.Id, outlet.Code, plan.OperatorId, plan.OperatorLogin, plan.At, planned.Field), ct);
            if (!added.Succeeded)
            {
                return OperationResult<IssueRecord>.From(added);
            }

            var card = added.Value!;
            foreach (var fee in planned.Fees)
            {
                AddLine(record, card, fee.Code, fee.NameEn, fee.NameZh, fee.Schedule, fee.Collected);
                if (fee.Code == FeeCodes.Deposit)
                {
                    if (fee.Collected > 0)
                    {
                        lines.Add(PostingLine.Credit(AccountRef.Deposit(card.Id, outlet.Id), fee.Collected));
                    }

                    var fromHeld = Math.Min(held - moved, fee.Collected);
                    if (fromHeld > 0)
                    {
                        moved += fromHeld;
                        AddLine(record, card, DepositHeldLine, "Deposit already paid", "已交押金", 0m, -fromHeld);
                    }
                }
                else
                {
                    income += fee.Collected;
                }
            }

            if (planned.FaceValue is { } face)
            {
                AddLine(record, card, IssueLine.FaceValue, "Face value", "面值", face, face);
                lines.Add(PostingLine.Credit(AccountRef.Card(card.Id, outlet.Id), face));
            }
        }

        if (plan.InvoiceTitleId is { } titleId && customer is not null)
        {
            var title = await titles.TakeAsync(customer.Id, titleId, ct);
            if (!title.Succeeded)
            {
                return OperationResult<IssueRecord>.From(title);
            }

            record.InvoiceTitleId = title.Value?.TitleId;
            record.InvoiceTitle = title.Value is null ? null : JsonSerializer.Serialize(title.Value);
        }

        db.Add(record);
        if (income > 0)
        {
            lines.Add(PostingLine.Credit(AccountRef.OfOutlet(AccountKind.FeeIncome, outlet.Id), income));
        }

        if (moved > 0)
        {
            record.Total -= moved;
            lines.Insert(0, PostingLine.Debit(AccountRef.CustomerDeposit(customer!.Id, customer.OutletId), moved));
        }

        if (record.Total > 0 || moved > 0)
        {
            if (record.Total > 0)
            {
                lines.Insert(0, PostingLine.Debit(AccountRef.Till(plan.OperatorId, outlet.Id, plan.PaymentMethod), record.Total));
            }

            var posted = await ledger.PostAsync(new Posting(TaskType(plan.Kind), record.Id.ToString(), outlet.Id, $"{record.Receipt} {plan.Kind}", lines), ct);
            if (!posted.Succeeded)
            {
                return OperationResult<IssueRecord>.From(posted);
            }

            record.LedgerEntryId = posted.Value!.EntryId;
        }

        await task.RecordAsync(new AuditRecord(IssuingModule.ModuleId, AuditAction(plan.Kind), nameof(IssueRecord), record.Receipt, null,
            JsonSerializer.Deserialize<JsonElement>(plan.Summary)) { OutletId = outlet.Id, OutletCode = outlet.Code }, grant, record.Id.ToString(), ct);
        return OperationResult<IssueRecord>.Success(record);
    }

    private static void AddLine(IssueRecord record, CardInfo card, string code, string nameEn, string nameZh, decimal schedule, decimal collected) =>
        record.Lines.Add(new IssueLine
        {
            Id = Guid.NewGuid(), IssueRecordId = record.Id, LineNo = record.Lines.Count + 1, CardId = card.Id, CardNumber = card.Number, Code = code,
            NameEn = nameEn, NameZh = nameZh, Schedule = schedule, Collected = collected,
        });

    /// <summary>The review gate's and the ledger's task type of each task.</summary>
    public static string TaskType(IssueKind kind) => $"{IssuingModule.ModuleId}.{kind}";

    /// <summary>The audit action of each task.</summary>
    public static string AuditAction(IssueKind kind) => kind switch
    {
        IssueKind.Issue => "Card.Issue",
        IssueKind.Secondary => "Card.IssueSecondary",
        _ => "Card.SellAnonymous",
    };

    private static bool RefusedByTheDatabase(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
            {
                return true;
            }
        }

        return false;
    }
}

using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Allocations.Models;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Allocations.Services;

/// <summary>A card and the amount to put on it, as typed or read.</summary>
public sealed record AllocationCardInput(string? Card, decimal? Amount);

/// <summary>
/// A pre-allocation: the customer (code or id) or the presented primary card; the cards with amounts, or a template (id or
/// name) with the total to split (a template of amounts needs none).
/// </summary>
public sealed record AllocationInput(string? Customer, string? PrimaryCard, IReadOnlyList<AllocationCardInput?>? Cards, string? Template = null, decimal? Total = null);

/// <summary>
/// Pre-allocation (预分配 2.14, by primary card 2.15): from the customer account onto the customer's secondary cards (or its
/// single-user card), several in one task, one entry D Customer · C Card per card. All errors at once; a card that would go
/// above its product's cap is 422; the customer account's balance is the ledger's to refuse (409 <c>ledger.insufficientFunds</c>).
/// </summary>
public sealed class PreAllocation(AllocationChecks checks, AllocationTemplates templates, TaskTransaction transaction, AdminDbContext db, ILedger ledger, IAuditTrail audit, OutletScope scope)
{
    public const string TaskType = "Allocations.PreAllocation";

    public async Task<OperationResult<Allocation>> AllocateAsync(AllocationInput input, CancellationToken ct = default)
    {
        var place = await checks.OutletAsync(ct);
        if (!place.Succeeded)
        {
            return OperationResult<Allocation>.From(place);
        }

        var (outlet, operatorId) = place.Value;
        var errors = new List<OperationError>();
        var (customer, primary) = await checks.CustomerAsync(input.Customer, input.PrimaryCard, errors, ct);
        if (customer is null)
        {
            return OperationResult<Allocation>.Invalid([.. errors]);
        }

        AllocationTemplate? template = null;
        var typed = (input.Cards ?? []).ToList();
        if (!string.IsNullOrWhiteSpace(input.Template))
        {
            if (typed.Count > 0)
            {
                return OperationResult<Allocation>.Invalid(AllocationsErrors.TemplateAndCards());
            }

            template = await templates.FindOfCustomerAsync(customer.Id, input.Template, ct);
            if (template is null)
            {
                return OperationResult<Allocation>.Invalid(AllocationsErrors.TemplateNotFound());
            }

            var lines = template.Lines.OrderBy(l => l.LineNo).ToList();
            if (template.Mode == TemplateMode.Share)
            {
                if (AllocationChecks.Amount(input.Total, "total", errors) is null)
                {
                    return OperationResult<Allocation>.Invalid(errors.Count > 0 && input.Total is null ? [AllocationsErrors.TemplateTotalRequired()] : [.. errors]);
                }
            }
            else if (input.Total is { } total && total != lines.Sum(l => l.Value))
            {
                return OperationResult<Allocation>.Invalid(AllocationsErrors.TemplateTotalDiffers(lines.Sum(l => l.Value)));
            }

            var split = template.Split(input.Total);
            typed = [.. lines.Select((l, i) => new AllocationCardInput(l.CardNumber, split[i])).Where(c => c.Amount > 0)];
        }

        if (typed.Count == 0)
        {
            return OperationResult<Allocation>.Invalid(AllocationsErrors.CardsRequired());
        }

        if (typed.Count > AllocationChecks.MaxCards)
        {
            return OperationResult<Allocation>.Invalid(AllocationsErrors.TooManyCards(AllocationChecks.MaxCards));
        }

        var planned = new List<(CardInfo Card, decimal Amount, string Field)>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < typed.Count; i++)
        {
            var field = $"cards[{i}]";
            var card = await checks.TargetCardAsync(typed[i]?.Card, customer, $"{field}.card", errors, ct);
            var amount = AllocationChecks.Amount(typed[i]?.Amount, $"{field}.amount", errors);
            if (card is not null && !seen.Add(card.Id))
            {
                errors.Add(AllocationsErrors.CardTwice($"{field}.card", card.Number));
                continue;
            }

            if (card is not null && amount is { } a)
            {
                planned.Add((card, a, $"{field}.amount"));
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<Allocation>.Invalid([.. errors]);
        }

        var refusals = await checks.CapsAsync(planned, ct);
        if (refusals.Count > 0)
        {
            return OperationResult<Allocation>.Fail(FailureKind.Unprocessable, [.. refusals]);
        }

        var allocation = new Allocation
        {
            Id = Guid.NewGuid(), OutletId = outlet.Id, OutletCode = outlet.Code, CustomerId = customer.Id, CustomerCode = customer.Code, CustomerName = customer.Name,
            PrimaryCardNumber = primary?.Number, TemplateId = template?.Id, TemplateName = template?.Name, Total = planned.Sum(p => p.Amount), At = checks.Now,
            OperatorId = operatorId, OperatorLogin = checks.LoginName,
        };
        allocation.Lines.AddRange(planned.Select((p, i) => new AllocationLine
        {
            Id = Guid.NewGuid(), AllocationId = allocation.Id, LineNo = i + 1, CardId = p.Card.Id, CardNumber = p.Card.Number, Amount = p.Amount,
        }));

        return await transaction.RunAsync(async token =>
        {
            // Caps are checked again inside the transaction: a parallel task may have put money on one of these cards.
            var late = await checks.CapsAsync(planned, token);
            if (late.Count > 0)
            {
                return OperationResult<Allocation>.Fail(FailureKind.Unprocessable, [.. late]);
            }

            List<PostingLine> lines = [PostingLine.Debit(AccountRef.Customer(customer.Id, customer.OutletId), allocation.Total)];
            lines.AddRange(planned.Select(p => PostingLine.Credit(AccountRef.Card(p.Card.Id, p.Card.OutletId), p.Amount)));
            var posted = await ledger.PostAsync(new Posting(TaskType, allocation.Id.ToString(), outlet.Id, $"pre-allocation {customer.Code}", lines), token);
            if (!posted.Succeeded)
            {
                return OperationResult<Allocation>.From(posted);
            }

            allocation.LedgerEntryId = posted.Value!.EntryId;
            db.Add(allocation);
            audit.Record(new AuditRecord(AllocationsModule.ModuleId, "Allocation.Post", nameof(Allocation), allocation.Id.ToString(), null, new
            {
                customer = customer.Code, template = template?.Name, total = allocation.Total,
                cards = allocation.Lines.Select(l => new { card = l.CardNumber, amount = l.Amount }),
            }) { OutletId = outlet.Id, OutletCode = outlet.Code });
            return OperationResult<Allocation>.Success(allocation);
        }, ct);
    }

    /// <summary>The visible pre-allocation with its lines, or null.</summary>
    public Task<Allocation?> FindAsync(Guid id, CancellationToken ct = default) =>
        scope.Apply(db.Set<Allocation>().AsNoTracking()).Include(a => a.Lines.OrderBy(l => l.LineNo)).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The card balances after a pre-allocation (card account), for the receipt.</summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>> CardBalancesAsync(IReadOnlyCollection<Guid> cards, CancellationToken ct = default) =>
        (await ledger.BalancesOfAsync(cards, [AccountKind.Card], ct)).ToDictionary(b => b.OwnerId, b => b.Balance);
}

using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cheques.Services;

/// <summary>A cheque as typed at the counter: the customer (code or id), the cheque, and the reviewer's credentials after a 428.</summary>
public sealed record ReceiveChequeInput(string? Customer, ChequeDraft Cheque, ReviewCredentials? Review = null);

/// <summary>A checked receipt: the cheque, the customer it is for, and why it needs a review (none: empty).</summary>
public sealed record CheckedReceipt(Cheque Cheque, CustomerInfo Customer, IReadOnlyList<ReviewReason> Reasons);

/// <summary>
/// The checks of a cheque receipt, before anything is written: the customer (visible, active), the cheque payment method
/// (enabled), the cheque's own rules, no live cheque with the same bank and number; and why it needs a review.
/// </summary>
public sealed class ChequeReceiptCheck(
    AdminDbContext db, LocalClock local, ICustomerDirectory customers, IPaymentMethodDirectory methods, SystemSettings settings, ChequeReviews reviews)
{
    /// <summary>Checks a cheque and why it needs a review, without writing.</summary>
    public async Task<OperationResult<CheckedReceipt>> CheckAsync(ReceiveChequeInput input, CancellationToken ct = default)
    {
        var errors = new List<OperationError>();
        var customer = await FindCustomerAsync(input.Customer, errors, ct);
        if (!await methods.IsEnabledAsync(IPaymentMethodDirectory.Cheque, ct))
        {
            errors.Add(ChequesErrors.PaymentMethodDisabled());
        }

        var today = await local.TodayAsync(ct);
        var received = Cheque.Receive(input.Cheque, today, await settings.GetIntAsync(ChequesSettings.PresentmentDays, ct));
        errors.AddRange(received.Errors);
        if (errors.Count > 0)
        {
            return OperationResult<CheckedReceipt>.Invalid([.. errors]);
        }

        var cheque = received.Value!;
        var live = await db.Set<Cheque>().AsNoTracking()
            .Where(c => c.BankKey == cheque.BankKey && c.Number == cheque.Number && c.Status != ChequeStatus.Bounced)
            .Select(c => new { c.OutletCode, c.ReceiptNumber }).FirstOrDefaultAsync(ct);
        if (live is not null)
        {
            return OperationResult<CheckedReceipt>.Fail(FailureKind.Conflict, ChequesErrors.Duplicate($"{live.OutletCode}-C{live.ReceiptNumber:D6}"));
        }

        return OperationResult<CheckedReceipt>.Success(new CheckedReceipt(cheque, customer!, await reviews.ReceiptReasonsAsync(cheque, customer!.Id, today, ct)));
    }

    private async Task<CustomerInfo?> FindCustomerAsync(string? typed, List<OperationError> errors, CancellationToken ct)
    {
        var key = typed?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            errors.Add(ChequesErrors.CustomerRequired());
            return null;
        }

        var customer = Guid.TryParse(key, out var id) ? await customers.FindAsync(id, ct) : await customers.FindByCodeAsync(key, ct);
        if (customer is null)
        {
            errors.Add(ChequesErrors.CustomerNotFound());
        }
        else if (customer.Status != "Active")
        {
            errors.Add(ChequesErrors.CustomerNotActive(customer.Code));
        }

        return customer;
    }
}

using Admin.Kernel.Results;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.Cheques.Models;

namespace Admin.Modules.Cheques.Services;

/// <summary>The <see cref="IChequeIntake"/> contract over <see cref="ChequeReceipts"/>: one cheque lifecycle, whoever takes the cheque.</summary>
internal sealed class ChequeIntake(ChequeReceipts receipts) : IChequeIntake
{
    public async Task<OperationResult<ChequeInfo>> ReceiveAsync(ChequeIntakeRequest request, CancellationToken ct = default)
    {
        var received = await receipts.ReceiveAsync(new ReceiveChequeInput(
            request.Customer, new ChequeDraft(request.Number, request.DrawerName, request.DrawerBank, request.DrawerAccount, request.Amount, request.ChequeDate),
            request.Review), ct);
        if (!received.Succeeded)
        {
            return OperationResult<ChequeInfo>.From(received);
        }

        var c = received.Value!;
        return OperationResult<ChequeInfo>.Success(new ChequeInfo(
            c.Id, c.OutletId, c.OutletCode, c.Receipt, c.CustomerId, c.CustomerCode, c.CustomerName, c.Number, c.DrawerName, c.DrawerBank,
            c.DrawerAccount, c.Amount, c.ChequeDate, c.Purpose, c.ReceivedAt, c.ReceivedOn, c.ReceivedBy, null, c.Status.ToString()));
    }
}

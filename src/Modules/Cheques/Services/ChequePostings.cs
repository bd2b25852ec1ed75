using Admin.Modules.Cheques.Models;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Cheques.Services;

/// <summary>
/// The ledger entries of a cheque's life (the Ledger README's table). All accounts are the receiving outlet's, which is
/// the customer's outlet (an outlet receives cheques from its own customers only); the till is the operator's who records
/// the step, for the payment method <c>Cheque</c>.
/// </summary>
public static class ChequePostings
{
    /// <summary>Task types of the entries (the receipt's and the settlement's).</summary>
    public const string ReceiveTask = "Cheques.Receive", ClearTask = "Cheques.Clear", BounceTask = "Cheques.Bounce";

    /// <summary>The till's payment method.</summary>
    public const string Method = "Cheque";

    /// <summary>Receipt (支票收取): D cheques in clearing · C suspense — held, not yet the customer's money.</summary>
    public static Posting Receipt(Cheque c) =>
        Of(ReceiveTask, c, c.Credited ? "cheque received, credited before clearing" : "cheque received",
        [
            PostingLine.Debit(AccountRef.OfOutlet(AccountKind.ChequesInClearing, c.OutletId), c.Amount),
            c.Credited
                ? PostingLine.Credit(AccountRef.Customer(c.CustomerId, c.OutletId), c.Amount)
                : PostingLine.Credit(AccountRef.OfOutlet(AccountKind.Suspense, c.OutletId), c.Amount),
        ]);

    /// <summary>
    /// A settlement: clearing (到账: D suspense · C customer, D till · C cheques in clearing), a bounce before clearing
    /// (D suspense · C cheques in clearing) or after it (D customer · C till; refused below zero).
    /// </summary>
    public static Posting Settlement(Cheque c, ChequeStatus before, Guid operatorId, decimal? takenBack = null)
    {
        var inClearing = AccountRef.OfOutlet(AccountKind.ChequesInClearing, c.OutletId);
        var suspense = AccountRef.OfOutlet(AccountKind.Suspense, c.OutletId);
        var customer = AccountRef.Customer(c.CustomerId, c.OutletId);
        var till = AccountRef.Till(operatorId, c.OutletId, Method);
        if (c.Credited && before == ChequeStatus.Received)
        {
            // Credited at receipt: clearing only moves the cheque into the till; a bounce takes the credit back from the
            // customer's account as far as it is there, and the rest becomes the customer's debt (Receivable).
            if (c.Status == ChequeStatus.Cleared)
            {
                return Of(ClearTask, c, "credited cheque cleared", [PostingLine.Debit(till, c.Amount), PostingLine.Credit(inClearing, c.Amount)]);
            }

            var taken = takenBack ?? c.Amount;
            var lines = new List<PostingLine>();
            if (taken > 0)
            {
                lines.Add(PostingLine.Debit(customer, taken));
            }

            if (c.Amount - taken > 0)
            {
                lines.Add(PostingLine.Debit(AccountRef.Receivable(c.CustomerId, c.OutletId), c.Amount - taken));
            }

            lines.Add(PostingLine.Credit(inClearing, c.Amount));
            return Of(BounceTask, c, "credited cheque bounced before clearing", lines);
        }

        return (before, c.Status) switch
        {
            (ChequeStatus.Received, ChequeStatus.Cleared) => Of(ClearTask, c, "cheque cleared",
            [
                PostingLine.Debit(suspense, c.Amount), PostingLine.Credit(customer, c.Amount),
                PostingLine.Debit(till, c.Amount), PostingLine.Credit(inClearing, c.Amount),
            ]),
            (ChequeStatus.Received, ChequeStatus.Bounced) => Of(BounceTask, c, "cheque bounced before clearing",
                [PostingLine.Debit(suspense, c.Amount), PostingLine.Credit(inClearing, c.Amount)]),
            (ChequeStatus.Cleared, ChequeStatus.Bounced) => Of(BounceTask, c, "cheque bounced after clearing",
                [PostingLine.Debit(customer, c.Amount), PostingLine.Credit(till, c.Amount)]),
            _ => throw new InvalidOperationException($"No cheque entry from {before} to {c.Status}."),
        };
    }

    /// <summary>The change of the customer's balance by a settlement (shown in the cheque's history).</summary>
    public static decimal CustomerChange(Cheque c, ChequeStatus before, decimal? takenBack = null) => (before, c.Status) switch
    {
        (ChequeStatus.Received, _) when c.Credited => c.Status == ChequeStatus.Bounced ? -(takenBack ?? c.Amount) : 0m,
        (ChequeStatus.Received, ChequeStatus.Cleared) => c.Amount,
        (ChequeStatus.Cleared, ChequeStatus.Bounced) => -c.Amount,
        _ => 0m,
    };

    private static Posting Of(string task, Cheque c, string memo, IReadOnlyList<PostingLine> lines) =>
        new(task, c.Id.ToString(), c.OutletId, memo, lines) { Reference = c.Receipt };
}

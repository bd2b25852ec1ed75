using Admin.Modules.Counter.Models;
using Admin.Modules.Ledger.Contracts;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// The ledger entry of a fee collection (the Ledger README's table): D the operator's till for the payment method, the
/// total · C fee income, 工本费 + 服务费 and every other fee · C the deposit held, 押金 (a liability, never income). A
/// collection at the counter has no card, so its deposit is held for the customer (<see cref="AccountKind.CustomerDeposit"/>)
/// until a card is issued. A collection of 0.00 (everything waived, reviewed) moves no money and posts nothing.
/// </summary>
public static class FeeCollectionPosting
{
    /// <summary>The fee code of the deposit (押金), seeded by the setup recipe; every other fee is income.</summary>
    public const string DepositFee = "DEPOSIT";

    /// <summary>The memo of the entry (the reference is the receipt number).</summary>
    public const string Memo = "fee collection";

    /// <summary>The collection's entry, or null when it moves no money. The customer's accounts are at the collecting outlet (an outlet collects from its own customers only).</summary>
    public static Posting? Of(FeeCollection row, Guid operatorId)
    {
        var deposit = row.Lines.Where(l => IsDeposit(l.FeeCode)).Sum(l => l.CollectedAmount);
        var income = row.Lines.Where(l => !IsDeposit(l.FeeCode)).Sum(l => l.CollectedAmount);
        if (deposit + income == 0)
        {
            return null;
        }

        var lines = new List<PostingLine> { PostingLine.Debit(AccountRef.Till(operatorId, row.OutletId, row.PaymentMethod), deposit + income) };
        if (income != 0)
        {
            lines.Add(PostingLine.Credit(AccountRef.OfOutlet(AccountKind.FeeIncome, row.OutletId), income));
        }

        if (deposit != 0)
        {
            lines.Add(PostingLine.Credit(AccountRef.CustomerDeposit(row.CustomerId, row.OutletId), deposit));
        }

        return new Posting(FeeCollections.TaskType, row.Id.ToString(), row.OutletId, Memo, lines) { Reference = row.Receipt };
    }

    /// <summary>True for the deposit's fee code.</summary>
    public static bool IsDeposit(string feeCode) => string.Equals(feeCode, DepositFee, StringComparison.OrdinalIgnoreCase);
}

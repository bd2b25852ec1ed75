using System.Text.Json.Serialization;

namespace Admin.Modules.Ledger.Contracts;

/// <summary>The kinds of ledger account (the chart of accounts). Stored by name: never rename one, add new ones at the end.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountKind>))]
public enum AccountKind
{
    /// <summary>客户账户: money a customer paid in and has not put on a card. Owner: the customer.</summary>
    Customer,
    /// <summary>卡账户: the card's account in the system. Owner: the card.</summary>
    Card,
    /// <summary>电子钱包: the chip's balance as last known (after load/unload, un-grey). Owner: the card.</summary>
    Purse,
    /// <summary>押金: the deposit held for a card, returned with it (a liability, never income). Owner: the card.</summary>
    Deposit,
    /// <summary>操作员款项: what an operator took in, per payment method. Owner: the operator.</summary>
    Till,
    /// <summary>在途支票: cheques received and not yet cleared. Owner: none (the outlet).</summary>
    ChequesInClearing,
    /// <summary>手续费收入: card cost fees and service fees. Owner: none (the outlet).</summary>
    FeeIncome,
    /// <summary>应付退款: refunds approved and not yet paid out. Owner: the customer.</summary>
    RefundsPayable,
    /// <summary>上缴往来: what the outlet owes head office (or is owed). Owner: none (the outlet).</summary>
    HeadOfficeSettlement,
    /// <summary>待查款项: money not yet matched to anything. Owner: none (the outlet).</summary>
    Suspense,
    /// <summary>销售清算 (later): fuel sales paid from purses, until settled with the stations. Owner: none (the outlet).</summary>
    SalesClearing,
    /// <summary>应收款: what a customer owes (a balance left negative before the ledger, e.g. a bounced cheque already spent). Owner: the customer.</summary>
    Receivable,
    /// <summary>长短款: an operator's till over (credit) or short (debit) at shift close (Closes). Owner: the operator.</summary>
    OverShort,
    /// <summary>
    /// 押金 (held for the customer): a deposit collected before the customer has a card (a standalone fee collection), held
    /// until a card is issued, when it moves to that card's <see cref="Deposit"/> account (a liability, never income). Owner: the customer.
    /// </summary>
    CustomerDeposit,
    /// <summary>
    /// 圈存圈提在途: money of a load or unload between the card account and the purse while the reader writes the chip; empty
    /// again when the transfer is completed (to the purse or card) or voided (back where it came from). Owner: the card.
    /// </summary>
    PurseInTransit,
    /// <summary>
    /// 待缴款项: what the outlet holds for handover to head office, per payment method: a shift close empties the operator's
    /// till into it, the daily close's bank deposit takes it to <see cref="HeadOfficeSettlement"/>. Owner: none (the outlet).
    /// </summary>
    Handover,
}

/// <summary>On which side an account's balance grows.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NormalSide>))]
public enum NormalSide
{
    /// <summary>Assets: a debit (positive line) increases the balance.</summary>
    Debit,
    /// <summary>Liabilities and income: a credit (negative line) increases the balance.</summary>
    Credit,
}

/// <summary>What the owner id of an account of a kind is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OwnerType>))]
public enum OwnerType
{
    /// <summary>No owner (the account belongs to the outlet alone): the owner id is <see cref="Guid.Empty"/>.</summary>
    None,
    /// <summary>A customer of the Counter module.</summary>
    Customer,
    /// <summary>A card.</summary>
    Card,
    /// <summary>An operator.</summary>
    Operator,
}

/// <summary>The rules of one account kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Side">Where its balance grows.</param>
/// <param name="NeverNegative">True when a posting that would take an account of this kind below zero is refused.</param>
/// <param name="Owner">What its owner id is.</param>
/// <param name="ByPaymentMethod">True when there is one account per payment method (tills).</param>
/// <param name="InUse">False for kinds reserved for tasks still to come.</param>
public sealed record AccountKindInfo(AccountKind Kind, NormalSide Side, bool NeverNegative, OwnerType Owner, bool ByPaymentMethod = false, bool InUse = true)
{
    /// <summary>+1 for debit-side kinds, −1 for credit-side ones: balance = sign × Σ lines.</summary>
    public int Sign => Side == NormalSide.Debit ? 1 : -1;
}

/// <summary>The chart of accounts: every kind with its rules (the module README shows it as a table).</summary>
public static class ChartOfAccounts
{
    /// <summary>The payment methods a till is kept per (the Counter module's payment-method codes).</summary>
    public static readonly IReadOnlyList<string> TillMethods = ["Cash", "Cheque", "BankCard", "Transfer"];

    /// <summary>Every kind's rules.</summary>
    public static readonly IReadOnlyList<AccountKindInfo> Kinds =
    [
        new(AccountKind.Customer, NormalSide.Credit, NeverNegative: true, OwnerType.Customer),
        new(AccountKind.Card, NormalSide.Credit, NeverNegative: true, OwnerType.Card),
        new(AccountKind.Purse, NormalSide.Credit, NeverNegative: true, OwnerType.Card),
        new(AccountKind.Deposit, NormalSide.Credit, NeverNegative: true, OwnerType.Card),
        new(AccountKind.Till, NormalSide.Debit, NeverNegative: false, OwnerType.Operator, ByPaymentMethod: true),
        new(AccountKind.ChequesInClearing, NormalSide.Debit, NeverNegative: false, OwnerType.None),
        new(AccountKind.FeeIncome, NormalSide.Credit, NeverNegative: false, OwnerType.None),
        new(AccountKind.RefundsPayable, NormalSide.Credit, NeverNegative: false, OwnerType.Customer),
        new(AccountKind.HeadOfficeSettlement, NormalSide.Debit, NeverNegative: false, OwnerType.None),
        new(AccountKind.Suspense, NormalSide.Debit, NeverNegative: false, OwnerType.None),
        new(AccountKind.SalesClearing, NormalSide.Credit, NeverNegative: false, OwnerType.None),
        new(AccountKind.Receivable, NormalSide.Debit, NeverNegative: false, OwnerType.Customer),
        new(AccountKind.OverShort, NormalSide.Debit, NeverNegative: false, OwnerType.Operator),
        new(AccountKind.CustomerDeposit, NormalSide.Credit, NeverNegative: true, OwnerType.Customer),
        new(AccountKind.PurseInTransit, NormalSide.Credit, NeverNegative: true, OwnerType.Card),
        new(AccountKind.Handover, NormalSide.Debit, NeverNegative: false, OwnerType.None, ByPaymentMethod: true),
    ];

    /// <summary>The rules of a kind.</summary>
    public static AccountKindInfo Of(AccountKind kind) => Kinds[(int)kind];

    /// <summary>The credit-side kinds (their balance is −Σ lines).</summary>
    public static readonly IReadOnlyList<AccountKind> CreditKinds = Kinds.Where(k => k.Side == NormalSide.Credit).Select(k => k.Kind).ToList();
}

using Admin.Kernel.Reviews;
using Admin.Modules.Cheques.Contracts;
using Admin.Modules.TopUps.Models;

namespace Admin.Modules.TopUps.Services;

/// <summary>Which counter task: a top-up (客户充值 / card top-up) or a customer receipt (客户收款).</summary>
public enum TopUpTask
{
    /// <summary>客户充值 2.10/2.11, 单用户卡充值 2.17, 内部卡充值 2.36: by customer code or by a presented card.</summary>
    TopUp,
    /// <summary>客户收款 2.12/2.13: by customer code or by the customer's primary card.</summary>
    Receipt,
}

/// <summary>A cheque as typed for a payment by cheque.</summary>
public sealed record ChequeInput(string? Number, string? DrawerName, string? DrawerBank, string? DrawerAccount, DateOnly? ChequeDate);

/// <summary>
/// A top-up or receipt as typed: the customer (code or id) or a presented card (number), the amount, how it is paid, the
/// payer's bank reference, the payer's real name and ID (an anonymous card from the real-name threshold), the cheque when
/// paid by cheque, and the reviewer after a 428 (a cheque's own review points).
/// </summary>
public sealed record TopUpInput(
    string? Customer, string? Card, decimal? Amount, string? PaymentMethod, string? Reference = null, string? PayerName = null, string? PayerIdNumber = null,
    ChequeInput? Cheque = null, ReviewCredentials? Review = null);

/// <summary>
/// What a top-up task did: a receipt (the money is on the account), or, paid by cheque, the cheque received by the cheque
/// counter's lifecycle (the customer is credited when it clears).
/// </summary>
public sealed record TopUpOutcome(TopUpReceipt? Receipt, ChequeInfo? Cheque);

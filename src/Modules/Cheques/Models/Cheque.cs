using Admin.Kernel.Data;
using Admin.Kernel.Money;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Microsoft.EntityFrameworkCore.Query;

namespace Admin.Modules.Cheques.Models;

/// <summary>Where a cheque is: Received → Cleared or Bounced; Cleared → Bounced; Bounced is final.</summary>
public enum ChequeStatus
{
    Received,
    Cleared,
    Bounced,
}

/// <summary>Why a cheque was returned (退票理由).</summary>
public enum BounceReason
{
    InsufficientFunds,
    SignatureMismatch,
    Expired,
    StoppedPayment,
    Other,
}

/// <summary>A cheque as typed at the counter, before it is checked.</summary>
public sealed record ChequeDraft(string? Number, string? DrawerName, string? DrawerBank, string? DrawerAccount, decimal? Amount, DateOnly? ChequeDate);

/// <summary>
/// A cheque received at an outlet's counter for a top-up of the customer's account. The money reaches the account only
/// when the cheque clears; a bounce after clearing takes it back. The rules are methods, tested without a database.
/// </summary>
public sealed class Cheque : IVersioned, IOutletOwned
{
    public const int NumberMax = 30;
    public const int NameMax = 100;
    public const int AccountMax = 40;
    public const int NoteMax = 200;

    public Guid Id { get; set; }
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    public long ReceiptNumber { get; set; }
    public Guid CustomerId { get; set; }
    public string CustomerCode { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public string Number { get; set; } = "";
    public string DrawerName { get; set; } = "";
    public string DrawerBank { get; set; } = "";
    /// <summary>The drawer's bank without spaces, upper case: with <see cref="Number"/> it identifies a cheque in the network.</summary>
    public string BankKey { get; set; } = "";
    public string? DrawerAccount { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ChequeDate { get; set; }
    public string Purpose { get; set; } = "TopUp";
    public DateTime ReceivedAt { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? ReceivedBy { get; set; }
    public ChequeStatus Status { get; set; }
    public DateOnly? ClearedOn { get; set; }
    public DateTime? ClearedAt { get; set; }
    public string? ClearedBy { get; set; }
    public DateOnly? BouncedOn { get; set; }
    public DateTime? BouncedAt { get; set; }
    public string? BouncedBy { get; set; }
    public BounceReason? BounceReason { get; set; }
    public string? BounceNote { get; set; }
    /// <summary>True when reversing the credit of a bounce after clearing left the customer's balance negative.</summary>
    public bool NegativeBalance { get; set; }
    /// <summary>
    /// Credited to the customer's account at receipt, before clearing, under the customer's credit rating (the exposure until
    /// it clears or bounces). Not a column: a <see cref="CreditedCheque"/> row says so; <see cref="Services.ChequeCredit.MarkAsync"/> fills it.
    /// </summary>
    public bool Credited { get; set; }
    public long Version { get; set; }

    /// <summary>The receipt's number as printed: outlet code, <c>C</c>, six-digit sequence.</summary>
    public string Receipt => $"{OutletCode}-C{ReceiptNumber:D6}";

    /// <summary>The network-wide key of the drawer's bank.</summary>
    public static string KeyOf(string bank) => string.Concat(bank.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>
    /// Checks a typed cheque and makes a <see cref="ChequeStatus.Received"/> cheque of it: number, drawer and bank required,
    /// amount positive with two decimals, cheque date not after <paramref name="today"/> and not more than
    /// <paramref name="presentmentDays"/> days before it. The caller fills outlet, customer and receipt.
    /// </summary>
    public static OperationResult<Cheque> Receive(ChequeDraft draft, DateOnly today, int presentmentDays)
    {
        var errors = new List<OperationError>();
        var number = draft.Number?.Trim() ?? "";
        if (number.Length == 0)
        {
            errors.Add(ChequesErrors.NumberRequired());
        }
        else if (number.Length > NumberMax || !number.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(ChequesErrors.NumberInvalid(NumberMax));
        }

        var drawer = draft.DrawerName?.Trim() ?? "";
        if (drawer.Length == 0)
        {
            errors.Add(ChequesErrors.DrawerRequired());
        }
        else if (drawer.Length > NameMax)
        {
            errors.Add(ChequesErrors.TooLong("drawerName", NameMax));
        }

        var bank = draft.DrawerBank?.Trim() ?? "";
        if (bank.Length == 0)
        {
            errors.Add(ChequesErrors.BankRequired());
        }
        else if (bank.Length > NameMax)
        {
            errors.Add(ChequesErrors.TooLong("drawerBank", NameMax));
        }

        var account = draft.DrawerAccount?.Trim() is { Length: > 0 } a ? a : null;
        if (account is { Length: > AccountMax })
        {
            errors.Add(ChequesErrors.TooLong("drawerAccount", AccountMax));
        }

        if (draft.Amount is not { } amount)
        {
            errors.Add(ChequesErrors.AmountRequired());
        }
        else if (amount <= 0)
        {
            errors.Add(ChequesErrors.AmountNotPositive());
        }
        else if (!Money.HasTwoDecimalsAtMost(amount))
        {
            errors.Add(ChequesErrors.AmountTooPrecise());
        }
        else if (amount > Money.Max)
        {
            errors.Add(ChequesErrors.AmountTooLarge());
        }

        if (draft.ChequeDate is not { } date)
        {
            errors.Add(ChequesErrors.DateRequired());
        }
        else if (date > today)
        {
            errors.Add(ChequesErrors.DateInFuture());
        }
        else if (date.AddDays(presentmentDays) < today)
        {
            errors.Add(ChequesErrors.PresentmentPassed(presentmentDays, date.AddDays(presentmentDays)));
        }

        if (errors.Count > 0)
        {
            return OperationResult<Cheque>.Invalid([.. errors]);
        }

        return OperationResult<Cheque>.Success(new Cheque
        {
            Id = Guid.NewGuid(), Number = number.ToUpperInvariant(), DrawerName = drawer, DrawerBank = bank, BankKey = KeyOf(bank), DrawerAccount = account,
            Amount = draft.Amount!.Value, ChequeDate = draft.ChequeDate!.Value, ReceivedOn = today, Status = ChequeStatus.Received,
        });
    }

    /// <summary>
    /// The cheque cleared (到账) on <paramref name="on"/>: only a received cheque, not before its receipt, not in the future.
    /// A cheque not in <see cref="ChequeStatus.Received"/> is a conflict. <paramref name="at"/> and <paramref name="by"/>
    /// say when and by whom it was recorded; the version moves on.
    /// </summary>
    public OperationResult Clear(DateOnly on, DateOnly today, DateTime? at = null, string? by = null)
    {
        if (Status != ChequeStatus.Received)
        {
            return OperationResult.Conflict(ChequesErrors.NotClearable(Status.ToString()));
        }

        if (DateError(on, today, ReceivedOn, "clearedOn") is { } bad)
        {
            return OperationResult.Invalid(bad);
        }

        Status = ChequeStatus.Cleared;
        ClearedOn = on;
        ClearedAt = at;
        ClearedBy = by;
        Version++;
        return OperationResult.Success();
    }

    /// <summary>
    /// The cheque bounced (退票) on <paramref name="on"/> for <paramref name="reason"/> (<see cref="Models.BounceReason.Other"/>
    /// needs a text). A received or cleared cheque may bounce; a bounced one is final (conflict). The answer says whether a
    /// credit must be reversed (the cheque had cleared). <paramref name="at"/> and <paramref name="by"/> say when and by whom
    /// it was recorded; the version moves on.
    /// </summary>
    public OperationResult<bool> Bounce(BounceReason? reason, string? text, DateOnly on, DateOnly today, DateTime? at = null, string? by = null)
    {
        if (Status == ChequeStatus.Bounced)
        {
            return OperationResult<bool>.Fail(FailureKind.Conflict, ChequesErrors.AlreadyBounced());
        }

        var errors = new List<OperationError>();
        var note = text?.Trim() is { Length: > 0 } t ? t : null;
        if (reason is null || !Enum.IsDefined(reason.Value))
        {
            errors.Add(ChequesErrors.ReasonRequired());
        }
        else if (reason == Models.BounceReason.Other && note is null)
        {
            errors.Add(ChequesErrors.ReasonTextRequired());
        }

        if (note is { Length: > NoteMax })
        {
            errors.Add(ChequesErrors.TooLong("note", NoteMax));
        }

        if (DateError(on, today, ClearedOn ?? ReceivedOn, "bouncedOn") is { } bad)
        {
            errors.Add(bad);
        }

        if (errors.Count > 0)
        {
            return OperationResult<bool>.Invalid([.. errors]);
        }

        var wasCleared = Status == ChequeStatus.Cleared;
        Status = ChequeStatus.Bounced;
        BounceReason = reason;
        BounceNote = note;
        BouncedOn = on;
        BouncedAt = at;
        BouncedBy = by;
        Version++;
        return OperationResult<bool>.Success(wasCleared);
    }

    /// <summary>
    /// The columns the last <see cref="Clear"/> or <see cref="Bounce"/> changed, for the conditional update that stores the
    /// change (<c>WHERE Version = the version read</c>): the one list of what each state change writes.
    /// </summary>
    public void WriteStateChange(UpdateSettersBuilder<Cheque> set)
    {
        set.SetProperty(c => c.Status, Status).SetProperty(c => c.Version, Version);
        if (Status == ChequeStatus.Cleared)
        {
            set.SetProperty(c => c.ClearedOn, ClearedOn).SetProperty(c => c.ClearedAt, ClearedAt).SetProperty(c => c.ClearedBy, ClearedBy);
        }
        else if (Status == ChequeStatus.Bounced)
        {
            set.SetProperty(c => c.BouncedOn, BouncedOn).SetProperty(c => c.BouncedAt, BouncedAt).SetProperty(c => c.BouncedBy, BouncedBy)
                .SetProperty(c => c.BounceReason, BounceReason).SetProperty(c => c.BounceNote, BounceNote);
        }
    }

    /// <summary>The bounce's reason and text as the cheque's history notes them.</summary>
    public string? BounceText => BounceReason is null ? null : BounceReason + (BounceNote is null ? "" : ": " + BounceNote);

    private static OperationError? DateError(DateOnly on, DateOnly today, DateOnly notBefore, string field) =>
        on > today ? ChequesErrors.DateAfterToday(field)
        : on < notBefore ? ChequesErrors.DateBefore(field, notBefore)
        : null;
}

/// <summary>One thing that happened to a cheque (receipt, clearing, bounce), with who did it and who reviewed it.</summary>
public sealed class ChequeEvent : IOutletOwned
{
    public Guid Id { get; set; }
    public Guid ChequeId { get; set; }
    public Guid OutletId { get; set; }
    public DateTime At { get; set; }
    /// <summary><c>Receive</c>, <c>Clear</c> or <c>Bounce</c>.</summary>
    public string Kind { get; set; } = "";
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    /// <summary>The change of the customer's balance this event made (0 when none).</summary>
    public decimal BalanceChange { get; set; }
    public string? Note { get; set; }

    /// <summary>The event of <paramref name="kind"/> the operator just made on the cheque, with the reviewer if one authorised it.</summary>
    public static ChequeEvent Of(Cheque cheque, string kind, DateTime at, ICurrentOperator maker, ReviewGrant? grant, decimal change, string? note) => new()
    {
        Id = Guid.NewGuid(), ChequeId = cheque.Id, OutletId = cheque.OutletId, At = at, Kind = kind, OperatorId = maker.OperatorId,
        OperatorLogin = maker.LoginName, ReviewerLogin = grant?.ReviewerLogin, BalanceChange = change, Note = note,
    };
}

/// <summary>A cheque credited at receipt under the customer's credit rating (its own table, so the cheque's row keeps its shape).</summary>
public sealed class CreditedCheque
{
    public Guid ChequeId { get; set; }
    public Guid CustomerId { get; set; }
    public DateTime CreditedAt { get; set; }
}

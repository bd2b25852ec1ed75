using Admin.Kernel.Results;

namespace Admin.Modules.Counter.Contracts;

/// <summary>The fee codes the card tasks charge (the setup recipe's items; head office may change their amounts, not their codes).</summary>
public static class FeeCodes
{
    /// <summary>工本费: the card cost fee, income.</summary>
    public const string CardCost = "CARD";

    /// <summary>押金: the deposit, held for the card (a liability, returned with it).</summary>
    public const string Deposit = "DEPOSIT";

    /// <summary>服务费: the service fee, income; the operator may reduce or waive it.</summary>
    public const string Service = "SERVICE";
}

/// <summary>
/// A fee item's amount in force today (the network's local day) and whether a collected amount different from it needs a
/// colleague's review (<see cref="ReviewWhenChanged"/>, a setting of the fee schedule).
/// </summary>
public sealed record FeePrice(string Code, string NameEn, string NameZh, decimal Amount, bool ReviewWhenChanged);

/// <summary>The fee schedule as other modules' counter tasks price fees with it.</summary>
public interface IFeeSchedule
{
    /// <summary>The offered fee items with an amount in force today, by code.</summary>
    Task<IReadOnlyList<FeePrice>> PricesTodayAsync(CancellationToken ct = default);
}

/// <summary>A customer to register in a counter task: type (<c>Individual</c>, <c>Company</c>), name, ID document, phone, address.</summary>
public sealed record NewCustomer(string? Type, string? Name, string? IdType, string? IdNumber, string? Phone, string? Address);

/// <summary>Registers customers inside another module's counter task (open an account and issue a card).</summary>
public interface ICustomerRegistry
{
    /// <summary>Checks the fields without touching the database (errors name <c>type</c>, <c>name</c>, <c>idType</c>, <c>idNumber</c>, ...).</summary>
    OperationResult Check(NewCustomer customer);

    /// <summary>
    /// Adds the customer at the caller's outlet with a new code, and its audit record, to the caller's unit of work without
    /// saving: call it inside the task's transaction.
    /// </summary>
    Task<OperationResult<CustomerInfo>> AddAsync(NewCustomer customer, CancellationToken ct = default);
}

using Admin.Kernel.Results;

namespace Admin.Modules.Counter.Contracts;

/// <summary>What other modules may know of a customer.</summary>
public sealed record CustomerInfo(Guid Id, string Code, string Type, string Name, string IdType, string IdNumber, string? Phone, Guid OutletId, decimal Balance, string Status);

/// <summary>Finds customers the caller may see (an outlet operator: their outlet's only).</summary>
public interface ICustomerDirectory
{
    /// <summary>The visible customer with this id, or null.</summary>
    Task<CustomerInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The visible customers among these ids (a page of another module's rows); invisible or unknown ids are left out.</summary>
    Task<IReadOnlyList<CustomerInfo>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>The visible customer with this code, or null.</summary>
    Task<CustomerInfo?> FindByCodeAsync(string code, CancellationToken ct = default);

    /// <summary>
    /// A counter screen's customer box (<see cref="CustomerPickerViewComponent"/>): the customer chosen by
    /// <paramref name="code"/>, or those matching <paramref name="search"/> (up to 20; a single match is chosen at once).
    /// </summary>
    Task<CustomerPick> PickAsync(string? search, string? code, CancellationToken ct = default);
}

/// <summary>A copy of an invoice title as it was when a receipt was made (the receipt keeps this copy, not a reference).</summary>
public sealed record InvoiceTitleCopy(
    Guid TitleId, string Type, string BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName, string? BankAccount, bool IsDefault);

/// <summary>
/// Where the counter finds a customer's invoice titles (implemented by the InvoiceTitles module, which depends on Counter;
/// absent or disabled, receipts carry no title).
/// </summary>
public interface IInvoiceTitleSource
{
    /// <summary>The customer's active titles, the default first (empty when the module is off).</summary>
    Task<IReadOnlyList<InvoiceTitleCopy>> ChoicesAsync(Guid customerId, CancellationToken ct = default);

    /// <summary>
    /// The chosen title (<paramref name="titleId"/>) or, when none is chosen, the customer's default (null when the customer
    /// has none). The title is marked as printed on a receipt in the caller's unit of work, so it is archived, never deleted,
    /// from then on. An id that is not one of the customer's active titles is a validation failure on <c>invoiceTitle</c>.
    /// </summary>
    Task<OperationResult<InvoiceTitleCopy?>> TakeAsync(Guid customerId, Guid? titleId, CancellationToken ct = default);
}

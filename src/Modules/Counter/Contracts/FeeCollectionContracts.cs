namespace Admin.Modules.Counter.Contracts;

/// <summary>One line of a fee collection as other modules (printing) see it.</summary>
public sealed record FeeCollectionLineInfo(int LineNo, string FeeCode, string NameEn, string NameZh, int Quantity, decimal Unit, decimal Schedule, decimal Collected);

/// <summary>A fee collection (a counter task) as other modules see it: its receipt, customer, title copy and lines.</summary>
public sealed record FeeCollectionInfo(
    Guid Id, Guid OutletId, string OutletCode, string Receipt, Guid CustomerId, string CustomerCode, string CustomerName,
    string PaymentMethod, string PaymentMethodEn, string PaymentMethodZh, decimal Total, DateTime At,
    string? OperatorLogin, string? ReviewerLogin, InvoiceTitleCopy? InvoiceTitle, IReadOnlyList<FeeCollectionLineInfo> Lines);

/// <summary>Reads fee collections the caller may see (an outlet operator: their outlet's only).</summary>
public interface IFeeCollectionReader
{
    /// <summary>The visible collection with this id, or null (another outlet's is null too).</summary>
    Task<FeeCollectionInfo?> FindAsync(Guid id, CancellationToken ct = default);
}

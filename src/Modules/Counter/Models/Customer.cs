using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.Counter.Models;

/// <summary>An individual or a company.</summary>
public enum CustomerType
{
    Individual,
    Company,
}

/// <summary>The kind of identity document a customer showed.</summary>
public enum IdDocumentType
{
    /// <summary>Mainland resident identity card (居民身份证), 18 characters with a check character.</summary>
    ResidentId,
    Passport,
    /// <summary>Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证).</summary>
    HongKongMacaoPermit,
    /// <summary>Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证).</summary>
    TaiwanPermit,
    /// <summary>A company's unified social credit code (统一社会信用代码).</summary>
    BusinessLicence,
    Other,
}

/// <summary>Whether a customer may be served.</summary>
public enum CustomerStatus
{
    Active,
    Suspended,
    Closed,
}

/// <summary>A customer of an outlet. The customer's money is in the Ledger module's accounts (Customer, Receivable, CustomerDeposit), not here.</summary>
public sealed class Customer : IVersioned, IOutletOwned
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public CustomerType Type { get; set; }
    public string Name { get; set; } = "";
    public IdDocumentType IdType { get; set; }
    public string IdNumber { get; set; } = "";
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public Guid OutletId { get; set; }
    /// <summary>The outlet's code (outlet codes never change), kept for lists and exports.</summary>
    public string OutletCode { get; set; } = "";
    public CustomerStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A per-outlet counter (receipt numbers, customer codes), bumped atomically with <c>UPDATE … RETURNING</c>.</summary>
public sealed class OutletSequence
{
    public Guid OutletId { get; set; }
    public string Name { get; set; } = "";
    public long Value { get; set; }
}

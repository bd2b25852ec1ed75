using Admin.Kernel.Data;

namespace Admin.Modules.InvoiceTitles.Models;

/// <summary>Whether a customer's title can still be chosen.</summary>
public enum InvoiceTitleStatus
{
    Active,
    /// <summary>Removed after it was printed on a receipt: kept, read-only, never chosen again.</summary>
    Archived,
}

/// <summary>The fields a title and a template share, kept as columns of both.</summary>
public abstract class TitleFieldsEntity
{
    public TitleType Type { get; set; }
    public string BuyerName { get; set; } = "";
    public string? TaxpayerNumber { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? BankName { get; set; }
    public string? BankAccount { get; set; }
    public string? Email { get; set; }
    public string? Note { get; set; }

    /// <summary>The fields as a value.</summary>
    public TitleDetails Details => new(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note);

    /// <summary>Sets every field from <paramref name="details"/>.</summary>
    public void Apply(TitleDetails details)
    {
        Type = details.Type;
        BuyerName = details.BuyerName;
        TaxpayerNumber = details.TaxpayerNumber;
        Address = details.Address;
        Phone = details.Phone;
        BankName = details.BankName;
        BankAccount = details.BankAccount;
        Email = details.Email;
        Note = details.Note;
    }
}

/// <summary>One of a customer's invoice titles (客户发票抬头); exactly one active title of a customer is the default.</summary>
public sealed class InvoiceTitle : TitleFieldsEntity, IVersioned
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }

    public bool IsDefault { get; set; }
    public InvoiceTitleStatus Status { get; set; }

    /// <summary>The template this title follows, while it is linked.</summary>
    public Guid? TemplateId { get; set; }

    /// <summary>True once an operator detached the title from its template: template corrections no longer reach it.</summary>
    public bool Detached { get; set; }

    /// <summary>True once a receipt carries a copy of this title: it is archived, never deleted.</summary>
    public bool UsedOnReceipt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }

    /// <summary>True when corrections of its template still reach it.</summary>
    public bool FollowsTemplate => TemplateId is not null && !Detached;
}

/// <summary>Whether a template can be applied.</summary>
public enum TemplateStatus
{
    Active,
    Retired,
}

/// <summary>
/// Head office's verified title of one company (发票抬头模板): many cardholders of a large customer invoice to it. Titles
/// made from it follow its corrections until detached.
/// </summary>
public sealed class InvoiceTitleTemplate : TitleFieldsEntity, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>Who at head office answers for the template.</summary>
    public string Owner { get; set; } = "";
    public TemplateStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}

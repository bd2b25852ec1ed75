using Admin.Kernel.Audit;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;

namespace Admin.Modules.InvoiceTitles.ViewModels;

/// <summary>Labels of the module's values (English keys, translated by the views).</summary>
public static class TitleLabels
{
    public static string Type(TitleType type) => type switch
    {
        TitleType.Company => "Company",
        TitleType.Individual => "Individual",
        _ => "Government or institution",
    };

    public static string Status(InvoiceTitleStatus status) => status == InvoiceTitleStatus.Active ? "Active" : "Archived";

    public static string Status(TemplateStatus status) => status == TemplateStatus.Active ? "Active" : "Retired";

    public static string Field(string field) => field switch
    {
        "type" => "Title type",
        "buyerName" => "Buyer name (title)",
        "taxpayerNumber" => "Taxpayer number",
        "address" => "Registered address",
        "phone" => "Phone",
        "bankName" => "Bank",
        "bankAccount" => "Bank account",
        "email" => "Email for e-invoices",
        "note" => "Note",
        "owner" => "Owner",
        _ => field,
    };
}

/// <summary>The fields of a title form (a customer's title or a template).</summary>
public sealed class TitleFormViewModel
{
    public string? Type { get; set; }
    public string? BuyerName { get; set; }
    public string? TaxpayerNumber { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? BankName { get; set; }
    public string? BankAccount { get; set; }
    public string? Email { get; set; }
    public string? Note { get; set; }
    public string? Owner { get; set; }
    public bool MakeDefault { get; set; }
    public string? Version { get; set; }

    /// <summary>Set by the controller: the record being edited, when it is an edit.</summary>
    public Guid? Id { get; set; }

    /// <summary>The customer, for a customer's title; null on template forms.</summary>
    public CustomerInfo? Customer { get; set; }

    /// <summary>True when the title follows a template (editing detaches it).</summary>
    public bool FollowsTemplate { get; set; }

    /// <summary>What was saved meanwhile, when the edit was stale.</summary>
    public TitleDetails? Current { get; set; }
    public string? CurrentOwner { get; set; }

    public bool IsEdit => Id is not null;
    public bool IsTemplate => Customer is null;

    internal TitleInput ToInput() => new(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note);

    public static TitleFormViewModel From(TitleDetails d, long version) => new()
    {
        Type = d.Type.ToString(), BuyerName = d.BuyerName, TaxpayerNumber = d.TaxpayerNumber, Address = d.Address, Phone = d.Phone,
        BankName = d.BankName, BankAccount = d.BankAccount, Email = d.Email, Note = d.Note, Version = Admin.Kernel.Data.Versions.Format(version),
    };

    /// <summary>Fields whose saved value differs from what the user typed (after a stale edit).</summary>
    public IReadOnlyList<(string Field, string? Saved, string? Yours)> Differences()
    {
        if (Current is null)
        {
            return [];
        }

        var pairs = new (string, string?, string?)[]
        {
            ("type", Current.Type.ToString(), Type), ("buyerName", Current.BuyerName, BuyerName), ("taxpayerNumber", Current.TaxpayerNumber, TaxpayerNumber),
            ("address", Current.Address, Address), ("phone", Current.Phone, Phone), ("bankName", Current.BankName, BankName),
            ("bankAccount", Current.BankAccount, BankAccount), ("email", Current.Email, Email), ("note", Current.Note, Note),
            ("owner", IsTemplate ? CurrentOwner : null, IsTemplate ? Owner : null),
        };
        return pairs.Where(p => !string.Equals((p.Item2 ?? "").Trim(), (p.Item3 ?? "").Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
    }
}

/// <summary>A customer's titles page.</summary>
public sealed class CustomerTitlesViewModel
{
    public required CustomerInfo Customer { get; init; }
    public required IReadOnlyList<TitleView> Titles { get; init; }
    public bool CanManage { get; init; }
}

/// <summary>One title with its history.</summary>
public sealed class TitleDetailsViewModel
{
    public required CustomerInfo Customer { get; init; }
    public required TitleView Title { get; init; }
    public TemplateView? Template { get; init; }
    public required IReadOnlyList<AuditEvent> History { get; init; }
    public bool CanManage { get; init; }
}

/// <summary>Removing a title: the default needs a successor.</summary>
public sealed class TitleRemoveViewModel
{
    public CustomerInfo? Customer { get; set; }
    public TitleView? Title { get; set; }
    public IReadOnlyList<TitleView> Others { get; set; } = [];
    public Guid? NewDefault { get; set; }
    public string? Version { get; set; }
}

/// <summary>Choosing a template to apply to a customer.</summary>
public sealed class ApplyTemplateViewModel
{
    public required CustomerInfo Customer { get; init; }
    public string? Search { get; init; }
    public IReadOnlyList<TemplateView> Templates { get; init; } = [];
}

/// <summary>The template list.</summary>
public sealed class TemplateListViewModel
{
    public string? Search { get; init; }
    public string? Status { get; init; }
    public string? After { get; init; }
    public IReadOnlyList<TemplateView> Templates { get; init; } = [];
    public string? Next { get; init; }
    public bool CanManage { get; init; }

    public Dictionary<string, string?> Query() => new()
    {
        ["search"] = Search, ["status"] = Status,
    };
}

/// <summary>One template with its history.</summary>
public sealed class TemplateDetailsViewModel
{
    public required TemplateView Template { get; init; }
    public required IReadOnlyList<AuditEvent> History { get; init; }
    public bool CanManage { get; init; }
}

/// <summary>The template import page and its report.</summary>
public sealed class TemplateImportViewModel
{
    public string? FileName { get; init; }
}

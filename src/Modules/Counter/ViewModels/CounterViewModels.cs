using Microsoft.AspNetCore.Mvc.ModelBinding;
using Admin.Kernel.Paging;
using Admin.Kernel.Reviews;
using Admin.Modules.Counter.Models;
using Admin.Modules.Counter.Services;

namespace Admin.Modules.Counter.ViewModels;

/// <summary>One fee line of the counter form, as typed (text, so that anything typed comes back with a message).</summary>
public sealed class FeeLineForm
{
    public string? Fee { get; set; }
    public string? Quantity { get; set; }
    public string? Collected { get; set; }

    // Shown, not posted.
    public string Name { get; set; } = "";
    public decimal Unit { get; set; }
}

/// <summary>The counter's fee collection screen: find the customer, type the lines, choose how they pay.</summary>
public sealed class CollectFeesViewModel
{
    /// <summary>The one search box: code, name, phone or ID number.</summary>
    public string? Q { get; set; }

    /// <summary>The chosen customer's code.</summary>
    public string? Customer { get; set; }

    public List<FeeLineForm> Lines { get; set; } = [];
    public string? PaymentMethod { get; set; }

    /// <summary>The chosen invoice title's id (empty: the customer's default).</summary>
    public string? InvoiceTitle { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    [BindNever]
    public Contracts.CustomerPick Picker { get; set; } = Contracts.CustomerPick.None;
    public Contracts.CustomerInfo? SelectedCustomer => Picker.Selected;
    public IReadOnlyList<PaymentMethodView> Methods { get; set; } = [];
    public IReadOnlyList<Contracts.InvoiceTitleCopy> Titles { get; set; } = [];
    public ReviewDialogModel? ReviewDialog { get; set; }
    public decimal Total { get; set; }
}

/// <summary>The list of fee collections.</summary>
public sealed class CollectionListViewModel
{
    public IReadOnlyList<FeeCollection> Collections { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; }
    public bool CanCollect { get; set; }
}

/// <summary>A receipt after a collection (and the record of one).</summary>
public sealed class ReceiptViewModel
{
    public required FeeCollection Collection { get; init; }
    public bool CanCollect { get; init; }
}

/// <summary>The customer list.</summary>
public sealed class CustomerListViewModel
{
    public string? Q { get; set; }
    public IReadOnlyList<CustomerView> Customers { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; }
    public bool CanManage { get; set; }
}

/// <summary>The customer form (create and edit); a stale edit shows what changed.</summary>
public sealed class CustomerFormViewModel
{
    public string? Type { get; set; } = nameof(CustomerType.Individual);
    public string? Name { get; set; }
    public string? IdType { get; set; } = nameof(IdDocumentType.ResidentId);
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Outlet { get; set; }
    public string? Status { get; set; }
    public string? Version { get; set; }

    // Shown, not posted.
    public Guid? Id { get; set; }
    public string? Code { get; set; }
    public bool IsEdit => Id is not null;
    public bool SeesAllOutlets { get; set; }
    public CustomerView? Current { get; set; }

    public CustomerFields ToFields() => new(Type, Name, IdType, IdNumber, Phone, Address, Outlet, IsEdit ? Status : null);

    public static CustomerFormViewModel From(CustomerView c) => new()
    {
        Id = c.Id, Code = c.Code, Type = c.Type.ToString(), Name = c.Name, IdType = c.IdType.ToString(), IdNumber = c.IdNumber, Phone = c.Phone,
        Address = c.Address, Outlet = c.OutletCode, Status = c.Status.ToString(), Version = Admin.Kernel.Data.Versions.Format(c.Version),
    };

    /// <summary>The fields whose saved value now differs from what the user typed (after a stale edit).</summary>
    public IReadOnlyList<(string Field, string? Saved, string? Yours)> Differences()
    {
        if (Current is not { } c)
        {
            return [];
        }

        var pairs = new (string, string?, string?)[]
        {
            ("Type", c.Type.ToString(), Type), ("Name", c.Name, Name), ("ID document type", c.IdType.ToString(), IdType),
            ("ID number", c.IdNumber, IdNumber), ("Phone", c.Phone, Phone), ("Address", c.Address, Address), ("Status", c.Status.ToString(), Status),
        };
        return pairs.Where(p => !string.Equals((p.Item2 ?? "").Trim(), (p.Item3 ?? "").Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
    }
}

/// <summary>A customer's record page.</summary>
public sealed class CustomerDetailsViewModel
{
    public required CustomerView Customer { get; init; }
    public IReadOnlyList<BalanceEntryView> History { get; init; } = [];
    public IReadOnlyList<FeeCollection> Collections { get; init; } = [];
    public bool CanManage { get; init; }
    public bool CanCollect { get; init; }
}

/// <summary>The fee schedule screen.</summary>
public sealed class FeeScheduleViewModel
{
    public IReadOnlyList<FeeItemView> Items { get; set; } = [];
    public bool CanManage { get; set; }
}

/// <summary>The fee item form: create, or change names and schedule a new amount.</summary>
public sealed class FeeItemFormViewModel
{
    public string? Code { get; set; }
    public string? NameEn { get; set; }
    public string? NameZh { get; set; }
    public bool IsActive { get; set; } = true;
    public bool ReviewWhenChanged { get; set; } = true;
    public string? Amount { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? Version { get; set; }

    // Shown, not posted.
    public bool IsEdit { get; set; }
    public FeeItemView? Item { get; set; }
}

/// <summary>The payment methods screen.</summary>
public sealed class PaymentMethodsViewModel
{
    public IReadOnlyList<PaymentMethodView> Methods { get; set; } = [];
    public bool CanManage { get; set; }
}

/// <summary>Labels of the module's enums.</summary>
public static class CounterLabels
{
    public static string Type(CustomerType t) => t == CustomerType.Company ? "Company" : "Individual";

    public static string Status(CustomerStatus s) => s switch
    {
        CustomerStatus.Active => "Active",
        CustomerStatus.Suspended => "Suspended",
        _ => Contracts.CustomerStatusText.Closed,
    };

    public static string StatusBadge(CustomerStatus s) => s switch
    {
        CustomerStatus.Active => "text-bg-success",
        CustomerStatus.Suspended => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    /// <summary>A page of items with its cursor.</summary>
    public static (IReadOnlyList<T> Items, string? Next) Split<T>(Page<T> page) => (page.Items, page.Next);
}

/// <summary>The day journal screen: the day, whose journal, the transactions and totals.</summary>
public sealed class JournalViewModel
{
    public string? Date { get; set; }
    public string? Operator { get; set; }
    public string? Outlet { get; set; }

    // Shown, not posted.
    public DayJournal? Journal { get; set; }
    public bool SeesAllOutlets { get; set; }
    public bool MayViewOutlet { get; set; }
    public IReadOnlyDictionary<string, string> MethodNames { get; set; } = new Dictionary<string, string>();

    public string MethodName(string code) => MethodNames.TryGetValue(code, out var name) ? name : code;
}

/// <summary>The customer box of a counter task (<see cref="Contracts.CustomerPickerViewComponent"/>): what was found, the search typed, the task's address.</summary>
public sealed record CustomerPickerViewModel(Contracts.CustomerPick Pick, string? Q, string Screen);

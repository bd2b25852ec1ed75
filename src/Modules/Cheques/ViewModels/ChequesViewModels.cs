using Admin.Kernel.Reviews;
using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Admin.Modules.Cheques.ViewModels;

/// <summary>The cheque receipt screen (a counter task): find the customer, type the cheque; text fields keep what was typed.</summary>
public sealed class ReceiveChequeViewModel
{
    /// <summary>The one search box: code, name, phone or ID number.</summary>
    public string? Q { get; set; }

    /// <summary>The chosen customer's code.</summary>
    public string? Customer { get; set; }

    public string? Number { get; set; }
    public string? DrawerName { get; set; }
    public string? DrawerBank { get; set; }
    public string? DrawerAccount { get; set; }
    public string? Amount { get; set; }
    public string? ChequeDate { get; set; }
    public ReviewInput Review { get; set; } = new();

    // Shown, not posted.
    [BindNever]
    public CustomerPick Picker { get; set; } = CustomerPick.None;
    public CustomerInfo? SelectedCustomer => Picker.Selected;
    public ReviewDialogModel? ReviewDialog { get; set; }
    public decimal Total { get; set; }
    public decimal Limit { get; set; }
    public int PresentmentDays { get; set; }
}

/// <summary>The 支票查询 screen: filters in one row (kept in the URL), a page of cheques, next page, CSV.</summary>
public sealed class ChequeListViewModel
{
    public string? Number { get; set; }
    public string? Customer { get; set; }
    public string? Status { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Outlet { get; set; }

    // Shown, not posted.
    public IReadOnlyList<Cheque> Cheques { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; }
    public bool CanReceive { get; set; }
    public bool SeesAllOutlets { get; set; }

    /// <summary>The filters as a query string (without <c>after</c>), for the next page and the CSV link.</summary>
    public string Query()
    {
        var pairs = new (string Key, string? Value)[] { ("number", Number), ("customer", Customer), ("status", Status), ("from", From), ("to", To), ("outlet", Outlet) };
        return string.Join("&", pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }
}

/// <summary>The bounce form on a cheque's record page, as typed.</summary>
public sealed class BounceChequeForm
{
    public string? Reason { get; set; }
    public string? Note { get; set; }
    public string? BouncedOn { get; set; }
    public string? Version { get; set; }
    public ReviewInput Review { get; set; } = new();
}

/// <summary>The clear form on a cheque's record page, as typed.</summary>
public sealed class ClearChequeForm
{
    public string? ClearedOn { get; set; }
    public string? Version { get; set; }
}

/// <summary>A cheque's record page: header with status and the actions allowed now, the details, the history.</summary>
public sealed class ChequeDetailsViewModel
{
    public required Cheque Cheque { get; init; }
    public IReadOnlyList<ChequeEvent> History { get; init; } = [];
    public bool CanSettle { get; init; }
    public bool CanReceive { get; init; }
    public ClearChequeForm Clear { get; set; } = new();
    public BounceChequeForm Bounce { get; set; } = new();

    /// <summary>Which form failed (<c>clear</c> or <c>bounce</c>), so that it opens with its errors.</summary>
    public string? Failed { get; set; }

    /// <summary>Set when someone else changed the cheque meanwhile: the state the user acted on.</summary>
    public ChequeStatus? StaleFrom { get; set; }
    public ReviewDialogModel? ReviewDialog { get; set; }
    public string Today { get; init; } = "";

    /// <summary>Head office's bounce reasons (字典数据): the active ones are offered, every one names an old bounce's reason.</summary>
    public IReadOnlyList<Dictionaries.Contracts.DictionaryItem> Reasons { get; init; } = [];

    /// <summary>The reason's name in the reader's language (its code when the dictionary lacks it).</summary>
    public string ReasonName(string code) => Reasons.FirstOrDefault(r => r.Code == code)?.Name.ToString() ?? code;
}

/// <summary>Labels of the module's enums (English keys, translated by the views).</summary>
public static class ChequeLabels
{
    public static string Status(ChequeStatus s) => s.ToString();

    public static string StatusBadge(ChequeStatus s) => s switch
    {
        ChequeStatus.Received => "text-bg-primary",
        ChequeStatus.Cleared => "text-bg-success",
        _ => "text-bg-danger",
    };


    public static string Event(string kind) => kind switch
    {
        "Receive" => "Received",
        "Clear" => "Cleared",
        "Bounce" => "Bounced",
        _ => kind,
    };
}

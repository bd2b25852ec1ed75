using Admin.Modules.Counter.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Contracts;

/// <summary>
/// What a counter screen's customer box found: the chosen customer, or the matches of a search (a single match is chosen
/// at once), and whether a search was made.
/// </summary>
public sealed record CustomerPick(CustomerInfo? Selected, IReadOnlyList<CustomerInfo> Matches, bool Searched)
{
    /// <summary>Nothing searched, nobody chosen.</summary>
    public static CustomerPick None { get; } = new(null, [], false);
}

/// <summary>
/// The counter tasks' customer box (search by code, name, phone or ID number; choose among matches; the chosen customer's
/// card), one for every counter task of every module. The screen passes <see cref="ICustomerDirectory.PickAsync"/>'s answer
/// and its own address (the box's search and choice links come back to it with <c>q=</c> and <c>customer=</c>):
/// <code>@await Component.InvokeAsync(typeof(CustomerPickerViewComponent), new { pick = Model.Picker, q = Model.Q, screen = "~/cheques/receive" })</code>
/// The task's own form follows when <c>Model.Picker.Selected</c> is set; it posts the customer's code as <c>Customer</c>.
/// </summary>
public sealed class CustomerPickerViewComponent : ViewComponent
{
    private const string ViewPath = "/Areas/Counter/Views/Shared/Components/CustomerPicker/Default.cshtml";

    public IViewComponentResult Invoke(CustomerPick pick, string? q, string screen) => View(ViewPath, new CustomerPickerViewModel(pick, q, screen));
}

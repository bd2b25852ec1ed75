using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Services;
using Admin.Modules.Counter.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Controllers;

/// <summary>The customer screens: list with one search box, CSV export, record with balance history, create, edit.</summary>
[Route("counter/customers")]
[RequirePermission(CounterPermissions.ViewCustomers)]
public sealed class CustomersController(CustomerQuery query, CustomerService customers, FeeCollectionQuery collections, OutletScope scope, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? after, CancellationToken ct)
    {
        var model = new CustomerListViewModel { Q = q, IsFirstPage = after is null, CanManage = await CanAsync(CounterPermissions.ManageCustomers) };
        var result = await query.ListAsync(q, after, null, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Customers = result.Value!.Items;
        model.Next = result.Value.Next;
        return View(model);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string? q, CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=customers-{DateTime.UtcNow:yyyyMMddHHmmss}.csv";
        await CustomerCsv.WriteAsync(Response.Body, query.Stream(q), await Kernel.Time.LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    [HttpGet("new")]
    [RequirePermission(CounterPermissions.ManageCustomers)]
    public IActionResult Create() => View("Form", new CustomerFormViewModel { SeesAllOutlets = scope.SeesAllOutlets });

    [HttpPost("new")]
    [RequirePermission(CounterPermissions.ManageCustomers)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(CustomerFormViewModel form, CancellationToken ct)
    {
        var result = await customers.CreateAsync(form.ToFields(), ct);
        if (result.Succeeded)
        {
            this.Notify("Customer {0} created.", result.Value!.Code);
            return RedirectToAction(nameof(Details), new { id = result.Value.Id });
        }

        ModelState.AddErrors(result, text);
        form.SeesAllOutlets = scope.SeesAllOutlets;
        return View("Form", form);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var customer = await query.FindAsync(id, ct);
        if (customer is null)
        {
            return NotFound();
        }

        var recent = await collections.ListAsync(id, null, 20, ct);
        return View(new CustomerDetailsViewModel
        {
            Customer = customer,
            History = await query.HistoryAsync(id, ct),
            Collections = recent.Succeeded ? recent.Value!.Items : [],
            CanManage = await CanAsync(CounterPermissions.ManageCustomers),
            CanCollect = await CanAsync(CounterPermissions.CollectFees),
        });
    }

    [HttpGet("{id:guid}/edit")]
    [RequirePermission(CounterPermissions.ManageCustomers)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } customer ? View("Form", CustomerFormViewModel.From(customer)) : NotFound();

    [HttpPost("{id:guid}/edit")]
    [RequirePermission(CounterPermissions.ManageCustomers)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, CustomerFormViewModel form, CancellationToken ct)
    {
        form.Id = id;
        var result = await customers.UpdateAsync(id, form.ToFields(), form.Version, ct);
        if (result.Succeeded)
        {
            this.Notify("Customer {0} saved.", result.Value!.Code);
            return RedirectToAction(nameof(Details), new { id });
        }

        var current = await query.FindAsync(id, ct);
        if (result.Failure == FailureKind.NotFound || current is null)
        {
            return NotFound();
        }

        ModelState.AddErrors(result, text);
        form.Code = current.Code;
        form.Outlet = current.OutletCode;
        if (result.Extensions.ContainsKey("version"))
        {
            // Stale: show what was saved meanwhile; the form now carries the current version, so Save reapplies the user's values.
            form.Current = current;
            form.Version = Versions.Format(current.Version);
        }

        return View("Form", form);
    }

    private async Task<bool> CanAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(permission))).Succeeded;
}

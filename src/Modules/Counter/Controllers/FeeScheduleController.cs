using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Services;
using Admin.Modules.Counter.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Controllers;

/// <summary>The fee schedule (服务费信息维护) and payment methods (收款方式维护) screens; head office maintains them.</summary>
[RequirePermission(CounterPermissions.ViewFees)]
public sealed class FeeScheduleController(FeeSchedule schedule, PaymentMethods methods, OutletScope scope, IAuthorizationService authorization, AdminText text) : Controller
{
    [HttpGet("counter/fee-schedule")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new FeeScheduleViewModel { Items = await schedule.ListAsync(false, ct), CanManage = await CanManageAsync() });

    [HttpGet("counter/fee-schedule/new")]
    [RequirePermission(CounterPermissions.ManageFees)]
    public IActionResult Create() => View("Form", new FeeItemFormViewModel());

    [HttpPost("counter/fee-schedule/new")]
    [RequirePermission(CounterPermissions.ManageFees)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(FeeItemFormViewModel form, CancellationToken ct)
    {
        var amount = Money.Parse(form.Amount, "amount");
        var result = amount.Succeeded
            ? await schedule.CreateAsync(form.Code, form.NameEn, form.NameZh, amount.Value, form.EffectiveFrom, form.ReviewWhenChanged, ct)
            : OperationResult<FeeItemView>.From(amount);
        if (result.Succeeded)
        {
            this.Notify("Fee item {0} saved.", result.Value!.Code);
            return RedirectToAction(nameof(Index));
        }

        if (result.Failure == FailureKind.Forbidden)
        {
            return Forbid();
        }

        ModelState.AddErrors(result, text);
        return View("Form", form);
    }

    [HttpGet("counter/fee-schedule/{code}/edit")]
    [RequirePermission(CounterPermissions.ManageFees)]
    public async Task<IActionResult> Edit(string code, CancellationToken ct)
    {
        var item = await schedule.FindAsync(code, ct);
        return item is null
            ? NotFound()
            : View("Form", new FeeItemFormViewModel { Code = item.Code, NameEn = item.NameEn, NameZh = item.NameZh, IsActive = item.IsActive, ReviewWhenChanged = item.ReviewWhenChanged, Version = Versions.Format(item.Version), IsEdit = true, Item = item });
    }

    [HttpPost("counter/fee-schedule/{code}/edit")]
    [RequirePermission(CounterPermissions.ManageFees)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromRoute] string code, FeeItemFormViewModel form, CancellationToken ct)
    {
        var amount = Money.Parse(form.Amount, "amount");
        var result = amount.Succeeded
            ? await schedule.UpdateAsync(code, form.NameEn, form.NameZh, form.IsActive, amount.Value, form.EffectiveFrom, form.Version, form.ReviewWhenChanged, ct)
            : OperationResult<FeeItemView>.From(amount);
        if (result.Succeeded)
        {
            this.Notify("Fee item {0} saved.", code);
            return RedirectToAction(nameof(Index));
        }

        switch (result.Failure)
        {
            case FailureKind.NotFound:
                return NotFound();
            case FailureKind.Forbidden:
                return Forbid();
        }

        ModelState.AddErrors(result, text);
        form.Item = await schedule.FindAsync(code, ct);
        form.Code = code;
        form.IsEdit = true;
        if (result.Extensions.ContainsKey("version") && form.Item is not null)
        {
            form.Version = Versions.Format(form.Item.Version);
        }

        return View("Form", form);
    }

    [HttpGet("counter/payment-methods")]
    public async Task<IActionResult> PaymentMethods(CancellationToken ct) =>
        View(new PaymentMethodsViewModel { Methods = await methods.ListAsync(false, ct), CanManage = await CanManageAsync() });

    [HttpPost("counter/payment-methods/{code}/{verb}")]
    [RequirePermission(CounterPermissions.ManageFees)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetEnabled(string code, string verb, string? version, CancellationToken ct)
    {
        if (verb is not ("enable" or "disable"))
        {
            return NotFound();
        }

        var result = await methods.SetEnabledAsync(code, verb == "enable", version, ct);
        if (result.Succeeded)
        {
            this.Notify(verb == "enable" ? "Payment method {0} enabled." : "Payment method {0} disabled.", result.Value!.Name);
        }
        else if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(PaymentMethods));
    }

    private async Task<bool> CanManageAsync() =>
        scope.SeesAllOutlets && (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(CounterPermissions.ManageFees))).Succeeded;
}

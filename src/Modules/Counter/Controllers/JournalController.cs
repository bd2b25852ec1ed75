using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Services;
using Admin.Modules.Counter.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Controllers;

/// <summary>The day journal screen (操作员当日流水): one operator's counter transactions of a day, or the outlet's for its manager.</summary>
public sealed class JournalController(CounterJournal journal, PaymentMethods methods, OutletScope scope, AdminText text, Operators.Contracts.IOperatorDirectory operators) : Controller
{
    [HttpGet("counter/journal")]
    [RequirePermission(CounterPermissions.ViewJournal)]
    public async Task<IActionResult> Index(string? date, string? @operator, string? outlet, CancellationToken ct)
    {
        var model = new JournalViewModel
        {
            Date = date, Operator = @operator, Outlet = outlet, SeesAllOutlets = scope.SeesAllOutlets,
            MayViewOutlet = await journal.MayViewOutletAsync(),
            MethodNames = (await methods.ListAsync(false, ct)).ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal),
        };
        var result = await journal.DayAsync(date, @operator, outlet, ct);
        if (result.Failure == FailureKind.NotFound && string.IsNullOrWhiteSpace(outlet) && string.IsNullOrWhiteSpace(@operator))
        {
            return NotFound();
        }

        if (result.Failure == FailureKind.Forbidden)
        {
            return Forbid();
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, null);
            return View(model);
        }

        // Staff by name, login name in small: one read for the day's operators.
        var names = await operators.FindManyAsync(result.Value!.Entries.Select(e => e.OperatorId).OfType<Guid>().Distinct().ToList(), ct);
        model.Journal = result.Value with { OperatorNames = names.ToDictionary(n => n.Key, n => n.Value.DisplayName) };
        model.Date = result.Value!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return View(model);
    }
}

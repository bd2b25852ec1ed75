using Admin.Kernel.Jobs;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Kernel.Time;
using Admin.Modules.Checks.Services;
using Admin.Modules.Checks.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Checks.Controllers;

/// <summary>The check's page (run it over a range; the runs), one run with its findings and their links, and the reminders.</summary>
public sealed class ChecksController(CheckRuns runs, ChecksQuery query, IJobs jobs, LocalClock local, AdminText text) : Controller
{
    [HttpGet("checks")]
    [RequirePermission(ChecksPermissions.View)]
    public async Task<IActionResult> Index(string? after, CancellationToken ct)
    {
        var today = (await local.TodayAsync(ct)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return View(await FillAsync(new ChecksIndexViewModel { From = today, To = today }, after, ct));
    }

    [HttpPost("checks")]
    [RequirePermission(ChecksPermissions.Run)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(ChecksIndexViewModel form, CancellationToken ct)
    {
        var result = await runs.RequestAsync(form.From, form.To, form.Outlet, ct);
        if (result.Succeeded)
        {
            this.Notify("The check is running; its findings appear here when it is done.");
            return RedirectToAction(nameof(Run), new { id = result.Value!.Id });
        }

        ModelState.AddErrors(result, text);
        return View(await FillAsync(form, null, ct));
    }

    [HttpGet("checks/runs/{id:guid}")]
    [RequirePermission(ChecksPermissions.View)]
    public async Task<IActionResult> Run(Guid id, string? rule, CancellationToken ct)
    {
        if (await query.RunAsync(id, ct) is not { } run)
        {
            return NotFound();
        }

        return View(new CheckRunViewModel
        {
            Run = run, Rule = rule, Rules = query.Rules, Findings = await query.FindingsAsync(id, rule, ct: ct),
            Progress = run.Trigger == Models.CheckTrigger.OnDemand ? await jobs.ProgressAsync(run.JobKey, ct) : null,
        });
    }

    [HttpGet("checks/reminders")]
    [RequirePermission(ChecksPermissions.Reminders)]
    public async Task<IActionResult> Reminders(CancellationToken ct) => View(new RemindersViewModel { Reminders = await query.RemindersAsync(ct) });

    private async Task<ChecksIndexViewModel> FillAsync(ChecksIndexViewModel form, string? after, CancellationToken ct)
    {
        var page = await query.RunsAsync(after, null, ct);
        form.Runs = page.Succeeded ? page.Value!.Items : [];
        form.Next = page.Succeeded ? page.Value!.Next : null;
        form.Rules = query.Rules;
        return form;
    }
}

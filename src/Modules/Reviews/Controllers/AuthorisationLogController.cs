using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Modules.Reviews.Api;
using Admin.Modules.Reviews.Services;
using Admin.Modules.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Reviews.Controllers;

/// <summary>The auditor's workspace: the authorisation log with filters, flags, a chart, chain verification and export. Read only.</summary>
[Route("admin/reviews/log")]
[RequirePermission(ReviewsPermissions.ViewAuthorisations)]
public sealed class AuthorisationLogController(
    AuthorisationQuery query, AuthorisationChain chain, AuthorisationExport export, AuthorisationFlags flags, AdminText text, TimeProvider clock, AuthorisationWords words) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuthorisationQueryParameters p, bool verify, string? kept, CancellationToken ct)
    {
        var model = new AuthorisationLogViewModel
        {
            Outlet = p.Outlet, From = p.From, To = p.To, Maker = p.Maker, Reviewer = p.Reviewer, Point = p.Point, Result = p.Result, IsFirstPage = p.After is null,
        };
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await query.ListAsync(p.ToFilter() with { Limit = null }, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text);
            return View(model);
        }

        model.Records = result.Value!.Items;
        model.Next = result.Value.Next;
        model.Tasks = await words.DescribeAsync(model.Records, ct);

        var today = await flags.TodayAsync(clock.GetUtcNow().UtcDateTime, ct);
        // The charts' period: the filter's when it is a forward one within the flags' limit, else the 14 days up to its end
        // (a start after today, even 9999-12-31, charts that day rather than a backwards period).
        var to = p.To ?? (p.From is { } start && start > today ? start : today);
        var from = p.From is { } f && f <= to && to.DayNumber - f.DayNumber < AuthorisationFlags.MaxDays ? f : Kernel.Time.LocalClock.AddDaysClamped(to, -13);
        var outlet = string.IsNullOrWhiteSpace(p.Outlet) ? null : p.Outlet.Trim();
        model.FlagsFrom = from;
        model.FlagsTo = to;
        model.Flags = await flags.FlagsAsync(from, to, outlet, ct);
        var daily = await flags.DailyAsync(from, to, outlet, ct);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => from.AddDays(i)).ToList();
        model.DailyChart = new HomeChart("Overrides and refusals per day", days.Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        [
            new ChartSeries("Overrides", days.Select(d => (decimal)daily.Where(c => c.Day == d).Sum(c => c.Granted)).ToList()),
            new ChartSeries("Refusals", days.Select(d => (decimal)daily.Where(c => c.Day == d).Sum(c => c.Refused)).ToList()),
        ]) { EmptyText = "No reviews in this period." };
        var outlets = daily.GroupBy(c => c.OutletCode).OrderByDescending(g => g.Sum(c => c.Granted + c.Refused)).Take(20).ToList();
        model.OutletChart = new HomeChart("Overrides and refusals per outlet", outlets.Select(g => g.Key).ToList(),
        [
            new ChartSeries("Overrides", outlets.Select(g => (decimal)g.Sum(c => c.Granted)).ToList()),
            new ChartSeries("Refusals", outlets.Select(g => (decimal)g.Sum(c => c.Refused)).ToList()),
        ]) { EmptyText = "No reviews in this period." };

        model.Kept = kept;
        if (verify)
        {
            if (KeptHead.ParseList(kept) is { } heads)
            {
                model.Verification = await chain.VerifyAsync(ct, heads);
            }
            else
            {
                ModelState.AddModelError("kept", text.Message(ReviewsErrors.KeptHeadsInvalid()));
            }
        }

        return View(model);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken ct)
    {
        var record = await query.FindAsync(id, ct);
        if (record is null)
        {
            return NotFound();
        }

        var detail = AuthorisationDetail.Of(record);
        return View(new AuthorisationDetailViewModel
        {
            Record = record,
            Task = (await words.DescribeAsync([record], ct))[record.Id],
            Summary = detail.IndentedSummary(),
            CanonicalContent = detail.CanonicalContent,
            HashMatches = detail.HashMatches,
        });
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] AuthorisationQueryParameters p, CancellationToken ct)
    {
        var filter = p.ToFilter();
        var check = export.Check(filter);
        if (!check.Succeeded)
        {
            this.NotifyError(check);
            return RedirectToAction(nameof(Index));
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename={export.FileName()}";
        await export.WriteAsync(Response.Body, filter, ct);
        return new EmptyResult();
    }
}

using Admin.Kernel.Api;
using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Checks.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Checks.Api;

[Route("api/checks")]
public sealed class ChecksApiController(CheckRuns runs, ChecksQuery query, AdminText text) : AdminApiController
{
    /// <summary>
    /// Runs the abnormal-entry check over local days <c>from</c>..<c>to</c> (at most 92), for an outlet or the network, as a
    /// tracked job: 202 with the run (its <c>job</c> key; poll <c>GET /api/checks/runs/{id}</c>). Permission: Checks.Run.
    /// </summary>
    [HttpPost("runs")]
    [RequirePermission(ChecksPermissions.Run)]
    [ProducesResponseType<CheckRunDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Run(CheckRunRequest request, CancellationToken ct)
    {
        var result = await runs.RequestAsync(request.From, request.To, request.Outlet, ct);
        return result.Succeeded ? Accepted(Url.Content($"~/api/checks/runs/{result.Value!.Id}"), CheckRunDto.Of(result.Value)) : Problem(result);
    }

    /// <summary>The check's runs, newest first (<c>after</c>, <c>limit</c>). Permission: Checks.View.</summary>
    [HttpGet("runs")]
    [RequirePermission(ChecksPermissions.View)]
    [ProducesResponseType<CheckRunPageDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Runs(string? after, int? limit, CancellationToken ct)
    {
        var page = await query.RunsAsync(after, limit, ct);
        return page.Succeeded ? Ok(new CheckRunPageDto(page.Value!.Items.Select(r => CheckRunDto.Of(r)).ToList(), page.Value.Next)) : Problem(page);
    }

    /// <summary>A run with its findings (<c>rule</c> filters; at most 1000), each with links to the records. Permission: Checks.View.</summary>
    [HttpGet("runs/{id:guid}")]
    [RequirePermission(ChecksPermissions.View)]
    [ProducesResponseType<CheckRunDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, string? rule, CancellationToken ct)
    {
        if (await query.RunAsync(id, ct) is not { } run)
        {
            return Problem(OperationResult.NotFound(ChecksErrors.RunNotFound()));
        }

        var findings = await query.FindingsAsync(id, rule, ct: ct);
        return Ok(CheckRunDto.Of(run, findings.Select(f => FindingDtos.From(f, Translate)).ToList()));
    }

    /// <summary>The reminders to close (shifts left open, days not closed); an outlet operator sees their outlet's. Permission: Checks.Reminders.</summary>
    [HttpGet("reminders")]
    [RequirePermission(ChecksPermissions.Reminders)]
    [ProducesResponseType<IReadOnlyList<CloseReminderDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Reminders(CancellationToken ct) => Ok((await query.RemindersAsync(ct)).Select(CloseReminderDto.From).ToList());

    private string Translate(string message, IReadOnlyList<string> args) => text[message, args.Cast<object>().ToArray()].Value;
}

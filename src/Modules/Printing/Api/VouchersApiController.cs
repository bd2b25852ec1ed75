using Admin.Kernel.Api;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.Printing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Api;

[Route("api/vouchers")]
[CookieCallsNeedAntiforgery]
public sealed class VouchersApiController(VoucherPrinting printing) : AdminApiController
{
    /// <summary>
    /// Prints the voucher of a task (<c>kind</c>: a registered voucher kind, e.g. fee-receipt or cheque-receipt) with the active layout and the outlet's calibration.
    /// The first print answers the PDF; a reprint answers 428 <c>review.required</c>: repeat it as POST with <c>review</c>.
    /// Another outlet's task is 404. Permission: Printing.Print.
    /// </summary>
    [HttpGet("{kind}/{taskId:guid}.pdf")]
    [RequirePermission(PrintingPermissions.Print)]
    [Produces("application/pdf")]
    public Task<IActionResult> Print(string kind, Guid taskId, CancellationToken ct) => PrintCoreAsync(kind, taskId, null, ct);

    /// <summary>Prints (or, with a colleague's <c>review</c>, reprints) the voucher of a task; the reprint is marked and audited. Permission: Printing.Print.</summary>
    [HttpPost("{kind}/{taskId:guid}.pdf")]
    [RequirePermission(PrintingPermissions.Print)]
    [Produces("application/pdf")]
    public Task<IActionResult> Reprint(string kind, Guid taskId, ReprintRequest? request, CancellationToken ct) =>
        PrintCoreAsync(kind, taskId, request?.Review is { } r ? new ReviewCredentials(r.LoginName, r.Password) : null, ct);

    /// <summary>The prints of a task's voucher (original and reprints, with the layout version and reviewer). Permission: Printing.Print.</summary>
    [HttpGet("{kind}/{taskId:guid}/prints")]
    [RequirePermission(PrintingPermissions.Print)]
    [ProducesResponseType<VoucherPrintView[]>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Prints(string kind, Guid taskId, [FromServices] PrintSources sources, CancellationToken ct)
    {
        if (sources.FindKind(kind) is not { } k)
        {
            return Problem(OperationResult.NotFound(PrintingErrors.KindUnknown()));
        }

        if (await sources.LoadAsync(k, taskId, ct) is null)
        {
            return Problem(OperationResult.NotFound(PrintingErrors.TaskNotFound()));
        }

        return Ok(await printing.HistoryAsync(k, taskId, ct));
    }

    private async Task<IActionResult> PrintCoreAsync(string kind, Guid taskId, ReviewCredentials? review, CancellationToken ct)
    {
        var result = await printing.PrintAsync(kind, taskId, review, ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf", result.Value.FileName) : Problem(result);
    }
}

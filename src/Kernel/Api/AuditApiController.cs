using Admin.Kernel.Audit;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Kernel.Api;

[Route("api/audit/events")]
[RequirePermission(KernelPermissions.ViewAuditTrail)]
public sealed class AuditApiController(AuditQuery query, Time.LocalClock local) : AdminApiController
{
    /// <summary>The audit trail, newest first, keyset-paged. Permission: Kernel.ViewAuditTrail.</summary>
    [HttpGet("")]
    [ProducesResponseType<Page<AuditEventDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? module, string? @operator, string? outlet, DateOnly? from, DateOnly? to, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.ListAsync(new AuditFilter(module, @operator, outlet, from, to, after, limit), ct);
        return result.Succeeded
            ? Ok(new Page<AuditEventDto>(result.Value!.Items.Select(KernelApiMapper.ToDto).ToList(), result.Value.Next))
            : Problem(result);
    }

    /// <summary>The filtered audit trail as CSV. Permission: Kernel.ViewAuditTrail.</summary>
    [HttpGet("export.csv")]
    [Produces("text/csv")]
    public async Task Export(string? module, string? @operator, string? outlet, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        await Controllers.AuditCsv.WriteAsync(Response.Body, query.StreamAsync(new AuditFilter(module, @operator, outlet, from, to, null, null), ct), await local.OffsetAsync(ct), ct);
    }
}

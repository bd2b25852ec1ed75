using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Modules.Printing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Api;

[Route("api/forms")]
public sealed class FormsApiController(ApplicationForms forms) : AdminApiController
{
    /// <summary>
    /// The customer application form (客户业务申请表) of a counter task as a PDF: <c>taskType</c> is one a module registered
    /// (<c>IPrintSource</c>: <c>fee-collection</c>, <c>cheque-receipt</c>, …). Another outlet's task is 404; a missing font is 503 <c>printing.fontMissing</c>. Permission: Printing.Print.
    /// </summary>
    [HttpGet("{taskType}/{taskId:guid}.pdf")]
    [RequirePermission(PrintingPermissions.Print)]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Form(string taskType, Guid taskId, CancellationToken ct)
    {
        var result = await forms.RenderAsync(taskType, taskId, ct);
        return result.Succeeded ? File(result.Value!.Content, "application/pdf", result.Value.FileName) : Problem(result);
    }
}

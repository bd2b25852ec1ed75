using Admin.Kernel.Localization;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Modules.Printing.Services;
using Admin.Modules.Printing.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Printing.Controllers;

/// <summary>A task's voucher: print once; a reprint opens the review dialog (同级复核授权) over the unchanged page.</summary>
public sealed class VouchersController(VoucherPrinting printing, PrintSources sources, AdminText text) : Controller
{
    [HttpGet("printing/vouchers/{kind}/{taskId:guid}")]
    [RequirePermission(PrintingPermissions.Print)]
    public async Task<IActionResult> Index(string kind, Guid taskId, CancellationToken ct) =>
        await FillAsync(new VoucherViewModel(), kind, taskId, ct) is { } model ? View(model) : NotFound();

    [HttpPost("printing/vouchers/{kind}/{taskId:guid}")]
    [RequirePermission(PrintingPermissions.Print)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Print(string kind, Guid taskId, VoucherViewModel form, CancellationToken ct)
    {
        var result = await printing.PrintAsync(kind, taskId, form.Review.ToCredentials(), ct);
        if (result.Succeeded)
        {
            return File(result.Value!.Content, "application/pdf", result.Value.FileName);
        }

        if (result.Failure == FailureKind.NotFound || await FillAsync(form, kind, taskId, ct) is not { } model)
        {
            return NotFound();
        }

        model.ReviewDialog = ReviewDialogModel.For(result, text, form.Review);
        if (model.ReviewDialog is null)
        {
            ModelState.AddErrors(result, text);
        }

        model.Review = new ReviewInput { LoginName = form.Review.LoginName };
        return View("Index", model);
    }

    private async Task<VoucherViewModel?> FillAsync(VoucherViewModel model, string kind, Guid taskId, CancellationToken ct)
    {
        if (sources.FindKind(kind) is not { } k || await sources.LoadAsync(k, taskId, ct) is not { } data)
        {
            return null;
        }

        model.Kind = k.Slug;
        model.TaskId = taskId;
        model.Receipt = data.Receipt;
        model.CustomerName = data.CustomerName;
        model.Total = data.Total;
        model.Prints = await printing.HistoryAsync(k, taskId, ct);
        return model;
    }
}

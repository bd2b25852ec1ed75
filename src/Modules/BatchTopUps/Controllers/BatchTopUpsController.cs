using Admin.Kernel.Idempotency;
using Admin.Kernel.Jobs;
using Admin.Kernel.Localization;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Screens;
using Admin.Kernel.Security;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.BatchTopUps.Services;
using Admin.Modules.BatchTopUps.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.BatchTopUps.Controllers;

/// <summary>
/// The batch top-up screens (发卡充值 → 批量充值清单): the lists, a new list (typed lines or a CSV file, errors per line),
/// and a list's record with its actions — review (the kernel's review dialog), withdraw, void — and a big list's progress.
/// </summary>
public sealed class BatchTopUpsController(
    BatchTopUpTasks tasks, BatchTopUpReview review, BatchTopUpQuery query, IJobs jobs, ICurrentOperator current, IAuthorizationService authorization, AdminText text)
    : Controller
{
    private const long MaxFileBytes = 2_000_000;

    [HttpGet("batch-topups")]
    [RequirePermission(BatchTopUpsPermissions.View)]
    public async Task<IActionResult> Index(string? status, string? customer, string? after, CancellationToken ct)
    {
        var model = new BatchTopUpIndexViewModel { Status = status, Customer = customer };
        var parsed = Enum.TryParse<BatchTopUpStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : (BatchTopUpStatus?)null;
        var page = await query.ListAsync(new BatchTopUpFilter(parsed, customer, after), ct);
        if (page.Succeeded)
        {
            model.Items = page.Value!.Items;
            model.Next = page.Value.Next;
        }
        else
        {
            ModelState.AddErrors(page, text);
        }

        return View(model);
    }

    [HttpGet("batch-topups/new")]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [CounterTaskScreen(CounterTaskPick.Customer, "batch-form")]
    public IActionResult New(string? customer) => View(new BatchTopUpFormViewModel { Customer = customer });

    [HttpPost("batch-topups/new")]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> New(BatchTopUpFormViewModel form, CancellationToken ct)
    {
        var csv = form.Lines;
        if (form.File is { Length: > 0 } file)
        {
            if (file.Length > MaxFileBytes)
            {
                ModelState.AddModelError(nameof(form.File), text["The file is larger than {0} MB.", 2].Value);
                return View(form);
            }

            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            csv = await reader.ReadToEndAsync(ct);
            form.Lines = csv;
        }

        var result = await tasks.SubmitAsync(new BatchTopUpInput(form.Customer, null, string.IsNullOrWhiteSpace(csv) ? null : csv, form.Note), ct);
        if (result.Succeeded)
        {
            this.Notify("Batch top-up list {0} submitted: {1} lines, content hash {2}.", result.Value!.Number, result.Value.LineCount, result.Value.ContentHash);
            return RedirectToAction(nameof(Details), new { id = result.Value.Id });
        }

        // The screen sends its lines as CSV text: every line's error, and the text's, belong to the text area.
        ModelState.AddFormErrors(result, text, new FormFieldNames().Rename("csv", nameof(form.Lines)).Lines("lines", nameof(form.Lines)));
        return View(form);
    }

    [HttpGet("batch-topups/{id:guid}")]
    [RequirePermission(BatchTopUpsPermissions.View)]
    public async Task<IActionResult> Details(Guid id, string? after, CancellationToken ct)
    {
        var model = await FillAsync(new BatchTopUpDetailsViewModel(), id, after, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("batch-topups/{id:guid}/review")]
    [RequirePermission(BatchTopUpsPermissions.Review)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Review(Guid id, [Bind(Prefix = "Review")] ReviewInput typed, CancellationToken ct)
    {
        var result = await review.ReviewAsync(id, typed.ToCredentials(), ct);
        if (result.Succeeded)
        {
            var (list, queued) = result.Value!;
            if (queued)
            {
                this.Notify("Batch top-up list {0} reviewed: it is being executed; the progress is shown below.", list.Number);
            }
            else
            {
                this.Notify("Batch top-up list {0} executed: {1} lines.", list.Number, list.LineCount);
            }

            return RedirectToAction(nameof(Details), new { id });
        }

        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        var model = await FillAsync(new BatchTopUpDetailsViewModel(), id, null, ct);
        if (model is null)
        {
            return NotFound();
        }

        model.ReviewDialog = ReviewDialogModel.For(result, text, typed);
        if (model.ReviewDialog is null)
        {
            ModelState.AddErrors(result, text);
        }

        model.Review = new ReviewInput { LoginName = typed.LoginName };
        return View(nameof(Details), model);
    }

    [HttpPost("batch-topups/{id:guid}/withdraw")]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken ct) => Done(id, await tasks.WithdrawAsync(id, ct), "Batch top-up list {0} withdrawn.");

    [HttpPost("batch-topups/{id:guid}/rerun")]
    [RequirePermission(BatchTopUpsPermissions.Review)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Rerun(Guid id, [FromServices] BatchTopUpRerun rerun, CancellationToken ct) =>
        Done(id, await rerun.RerunAsync(id, ct), "Batch top-up list {0} is running again: only the lines not yet posted are posted.");

    [HttpPost("batch-topups/{id:guid}/void")]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Void(Guid id, CancellationToken ct) => Done(id, await tasks.VoidAsync(id, ct), "Batch top-up list {0} voided.");

    private IActionResult Done(Guid id, OperationResult<BatchTopUpList> result, string notice)
    {
        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            this.Notify(notice, result.Value!.Number);
        }
        else
        {
            this.NotifyError(result);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<BatchTopUpDetailsViewModel?> FillAsync(BatchTopUpDetailsViewModel model, Guid id, string? after, CancellationToken ct)
    {
        var list = await query.FindAsync(id, ct);
        if (list is null)
        {
            return null;
        }

        var lines = await query.LinesAsync(id, after, Keyset.DefaultLimit * 2, ct);
        model.List = list;
        model.Lines = lines.Items;
        model.LinesNext = lines.Next;
        model.Job = await jobs.ProgressAsync(list.JobKey, ct);
        model.CanWithdraw = current.OperatorId is { } me && list.CanWithdraw(me);
        model.MaySubmit = (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(BatchTopUpsPermissions.Submit))).Succeeded;
        var mayReview = (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(BatchTopUpsPermissions.Review))).Succeeded;
        model.MayReview = list.CanReview && mayReview;
        model.MayRerun = list.CanRerun && mayReview && current.OutletId == list.OutletId;
        return model;
    }
}

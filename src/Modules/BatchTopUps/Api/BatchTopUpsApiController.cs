using Admin.Kernel.Api;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Jobs;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.BatchTopUps.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.BatchTopUps.Api;

[Route("api/batch-topups")]
public sealed class BatchTopUpsApiController(BatchTopUpTasks tasks, BatchTopUpReview review, BatchTopUpQuery query, IJobs jobs) : AdminApiController
{
    /// <summary>
    /// Submits a company customer's list (<c>lines</c> or <c>csv</c>), checked whole: 400 with every line's errors
    /// (<c>lines[i].card</c>, <c>lines[i].amount</c>, or <c>csv</c>), nothing saved. Answers 201 with the list and its content hash.
    /// Needs an <c>Idempotency-Key</c>. Permission: BatchTopUps.Submit.
    /// </summary>
    [HttpPost]
    [Idempotent]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Submit(SubmitBatchRequest request, CancellationToken ct)
    {
        var result = await tasks.SubmitAsync(new BatchTopUpInput(request.Customer, request.Lines?.Select(l => l is null ? null : new BatchLineInput(l.Card, l.Amount)).ToList(),
            request.Csv, request.Note), ct);
        return result.Succeeded
            ? Created(Url.Content($"~/api/batch-topups/{result.Value!.Id}"), BatchTopUpDto.From(result.Value))
            : Problem(result);
    }

    /// <summary>
    /// Reviews a submitted list, which executes it once (every line or none): first 428 <c>review.required</c> naming the list,
    /// its total and content hash; repeat with <c>review</c> (a colleague of the outlet, never the maker: 403
    /// <c>review.checkerIsMaker</c>). 200 with the list executed; 202 with the list Executing and its job for big lists.
    /// 409 with <c>currentStatus</c> when the list is not submitted, <c>batchTopUp.tampered</c> when its lines changed since
    /// submission, <c>ledger.insufficientFunds</c> when the customer's account cannot pay (nothing executed; the list says why).
    /// Needs an <c>Idempotency-Key</c>. Permission: BatchTopUps.Review.
    /// </summary>
    [HttpPost("{id:guid}/review")]
    [Idempotent]
    [RequirePermission(BatchTopUpsPermissions.Review)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Review(Guid id, ReviewBatchRequest? request, CancellationToken ct)
    {
        var r = request?.Review;
        var result = await review.ReviewAsync(id, r is null ? null : new ReviewCredentials(r.LoginName, r.Password), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var (list, queued) = result.Value!;
        var dto = BatchTopUpDto.From(list, queued ? await jobs.ProgressAsync(list.JobKey, ct) : null);
        return queued ? Accepted(Url.Content($"~/api/batch-topups/{list.Id}"), dto) : Ok(dto);
    }

    /// <summary>The maker takes a submitted list back (取回); 409 with <c>currentStatus</c> otherwise. Permission: BatchTopUps.Submit.</summary>
    [HttpPost("{id:guid}/withdraw")]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken ct) => Answer(await tasks.WithdrawAsync(id, ct));

    /// <summary>
    /// Runs a list whose job failed (status Failed, the reason in <c>refusalCode</c>/<c>refusalMessage</c>) again as a new job:
    /// 202 with the list Executing; only the lines not yet posted are posted. 409 with <c>currentStatus</c> otherwise. Permission: BatchTopUps.Review.
    /// </summary>
    [HttpPost("{id:guid}/rerun")]
    [RequirePermission(BatchTopUpsPermissions.Review)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> Rerun(Guid id, [FromServices] BatchTopUpRerun rerun, CancellationToken ct)
    {
        var result = await rerun.RerunAsync(id, ct);
        return result.Succeeded
            ? Accepted(Url.Content($"~/api/batch-topups/{id}"), BatchTopUpDto.From(result.Value!, await jobs.ProgressAsync(result.Value!.JobKey, ct)))
            : Problem(result);
    }

    /// <summary>Voids (作废) a submitted or withdrawn list; 409 with <c>currentStatus</c> otherwise. Permission: BatchTopUps.Submit.</summary>
    [HttpPost("{id:guid}/void")]
    [RequirePermission(BatchTopUpsPermissions.Submit)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Void(Guid id, CancellationToken ct) => Answer(await tasks.VoidAsync(id, ct));

    /// <summary>Lists, newest first: <c>status</c> (Submitted, Withdrawn, Voided, Executing, Executed, Failed), <c>customer</c> code, keyset pages. Permission: BatchTopUps.View.</summary>
    [HttpGet]
    [RequirePermission(BatchTopUpsPermissions.View)]
    [ProducesResponseType<BatchTopUpPage>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? status, string? customer, string? after, int? limit, CancellationToken ct)
    {
        BatchTopUpStatus? parsed = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<BatchTopUpStatus>(status, true, out var s) || !Enum.IsDefined(s))
            {
                return Problem(OperationResult.Invalid(new OperationError("batchTopUp.statusInvalid", "The status is one of Submitted, Withdrawn, Voided, Executing, Executed, Failed.", "status")));
            }

            parsed = s;
        }

        var page = await query.ListAsync(new BatchTopUpFilter(parsed, customer, after, limit ?? Keyset.DefaultLimit), ct);
        return page.Succeeded
            ? Ok(new BatchTopUpPage([.. page.Value!.Items.Select(l => BatchTopUpDto.From(l))], page.Value.Next))
            : Problem(page);
    }

    /// <summary>A list with its job's progress; another outlet's is 404. Permission: BatchTopUps.View.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(BatchTopUpsPermissions.View)]
    [ProducesResponseType<BatchTopUpDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } list
            ? Ok(BatchTopUpDto.From(list, await jobs.ProgressAsync(list.JobKey, ct)))
            : Problem(OperationResult.NotFound(BatchTopUpsErrors.NotFound()));

    /// <summary>A list's lines in order, keyset pages (<c>after</c>, <c>limit</c> up to 500). Permission: BatchTopUps.View.</summary>
    [HttpGet("{id:guid}/lines")]
    [RequirePermission(BatchTopUpsPermissions.View)]
    [ProducesResponseType<BatchLinePage>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Lines(Guid id, string? after, int? limit, CancellationToken ct)
    {
        if (await query.FindAsync(id, ct) is null)
        {
            return Problem(OperationResult.NotFound(BatchTopUpsErrors.NotFound()));
        }

        var page = await query.LinesAsync(id, after, limit ?? Keyset.DefaultLimit, ct);
        return Ok(new BatchLinePage([.. page.Items.Select(l => new BatchLineDto(l.LineNo, l.CardNumber, l.CardId, l.Amount))], page.Next));
    }

    private IActionResult Answer(OperationResult<BatchTopUpList> result) =>
        result.Succeeded ? Ok(BatchTopUpDto.From(result.Value!)) : Problem(result);
}

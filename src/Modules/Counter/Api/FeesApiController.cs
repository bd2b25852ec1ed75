using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Api;

/// <summary>A fee item with the amount in force today and its history (newest first).</summary>
/// <remarks><c>reviewWhenChanged</c>: a collected amount different from the schedule needs a colleague's review.</remarks>
public sealed record FeeItemDto(string Code, string NameEn, string NameZh, bool IsActive, decimal? Amount, DateOnly? EffectiveFrom, IReadOnlyList<FeeAmountDto> History, string Version, bool ReviewWhenChanged);

/// <summary>One amount of a fee item's history.</summary>
public sealed record FeeAmountDto(decimal Amount, DateOnly EffectiveFrom, DateTime RecordedAt, string? RecordedBy);

/// <summary>A new fee item; <c>effectiveFrom</c> (yyyy-MM-dd) defaults to today.</summary>
public sealed record FeeItemCreateRequest(string? Code, string? NameEn, string? NameZh, decimal? Amount, string? EffectiveFrom, bool? ReviewWhenChanged = null);

/// <summary>Changes a fee item; with <c>amount</c>, a new amount from <c>effectiveFrom</c> (today or later) is added to its history.</summary>
public sealed record FeeItemUpdateRequest(string? NameEn, string? NameZh, bool? IsActive, decimal? Amount, string? EffectiveFrom, string? Version, bool? ReviewWhenChanged = null);

/// <summary>A payment method.</summary>
public sealed record PaymentMethodDto(string Code, string NameEn, string NameZh, bool Enabled, string Version);

/// <summary>Enables or disables a payment method.</summary>
public sealed record PaymentMethodUpdateRequest(bool? Enabled, string? Version);

[Route("api/counter")]
public sealed class FeesApiController(FeeSchedule schedule, PaymentMethods methods) : AdminApiController
{
    /// <summary>The fee schedule, by code. Permission: Counter.ViewFees.</summary>
    [HttpGet("fee-items")]
    [RequirePermission(CounterPermissions.ViewFees)]
    [ProducesResponseType<IReadOnlyList<FeeItemDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken ct) => Ok((await schedule.ListAsync(false, ct)).Select(ToDto).ToList());

    /// <summary>One fee item with its history. Permission: Counter.ViewFees.</summary>
    [HttpGet("fee-items/{code}")]
    [RequirePermission(CounterPermissions.ViewFees)]
    [ProducesResponseType<FeeItemDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string code, CancellationToken ct) =>
        await schedule.FindAsync(code, ct) is { } item ? Ok(ToDto(item)) : Problem(OperationResult.NotFound(CounterErrors.FeeNotFound(code)));

    /// <summary>Creates a fee item (head office; audited); answers 201. Permission: Counter.ManageFees.</summary>
    [HttpPost("fee-items")]
    [RequirePermission(CounterPermissions.ManageFees)]
    [ProducesResponseType<FeeItemDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(FeeItemCreateRequest request, CancellationToken ct)
    {
        var result = await schedule.CreateAsync(request.Code, request.NameEn, request.NameZh, request.Amount, request.EffectiveFrom, request.ReviewWhenChanged, ct);
        return result.Succeeded ? Created(Url.Content($"~/api/counter/fee-items/{result.Value!.Code}"), ToDto(result.Value)) : Problem(result);
    }

    /// <summary>Changes a fee item; a new amount never alters past collections (head office; audited; 409 on a stale version). Permission: Counter.ManageFees.</summary>
    [HttpPut("fee-items/{code}")]
    [RequirePermission(CounterPermissions.ManageFees)]
    [ProducesResponseType<FeeItemDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string code, FeeItemUpdateRequest request, CancellationToken ct)
    {
        var result = await schedule.UpdateAsync(code, request.NameEn, request.NameZh, request.IsActive, request.Amount, request.EffectiveFrom, request.Version, request.ReviewWhenChanged, ct);
        return result.Succeeded ? Ok(ToDto((await schedule.FindAsync(code, ct))!)) : Problem(result);
    }

    /// <summary>The payment methods in display order. Permission: Counter.ViewFees.</summary>
    [HttpGet("payment-methods")]
    [RequirePermission(CounterPermissions.ViewFees)]
    [ProducesResponseType<IReadOnlyList<PaymentMethodDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Methods(CancellationToken ct) => Ok((await methods.ListAsync(false, ct)).Select(ToDto).ToList());

    /// <summary>Enables or disables a payment method (head office; audited). Permission: Counter.ManageFees.</summary>
    [HttpPut("payment-methods/{code}")]
    [RequirePermission(CounterPermissions.ManageFees)]
    [ProducesResponseType<PaymentMethodDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> SetEnabled(string code, PaymentMethodUpdateRequest request, CancellationToken ct)
    {
        var result = await methods.SetEnabledAsync(code, request.Enabled ?? true, request.Version, ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    private static FeeItemDto ToDto(FeeItemView f) =>
        new(f.Code, f.NameEn, f.NameZh, f.IsActive, f.Amount, f.EffectiveFrom, f.History.Select(h => new FeeAmountDto(h.Amount, h.EffectiveFrom, h.RecordedAt, h.RecordedBy)).ToList(), Versions.Format(f.Version), f.ReviewWhenChanged);

    private static PaymentMethodDto ToDto(PaymentMethodView p) => new(p.Code, p.NameEn, p.NameZh, p.Enabled, Versions.Format(p.Version));
}

using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Modules.Counter.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Api;

/// <summary>One transaction of a day journal: <c>kind</c> FeeCollection, ChequeReceipt, ChequeClear or ChequeBounce; <c>paymentMethod</c> null when no money was taken.</summary>
public sealed record JournalEntryDto(
    DateTime At, string Kind, string Reference, string Outlet, Guid? OperatorId, string? Operator, string? Customer, string? CustomerName,
    decimal Amount, string? PaymentMethod, string? Reviewer, bool NotHeld);

/// <summary>A total: by payment method (<c>key</c> the method's code) or by kind.</summary>
public sealed record JournalTotalDto(string Key, int Count, decimal Amount);

/// <summary>
/// A day journal: the day (the network's local day, China time by default) and its UTC bounds, whose it is, the
/// transactions oldest first, the totals. <c>takings</c> is the money taken and still held; <c>notHeld</c> what was taken
/// and is no longer held (cheques received and since bounced: their entries have <c>notHeld</c> true).
/// </summary>
public sealed record DayJournalDto(
    DateOnly Date, DateTime FromUtc, DateTime ToUtc, string? Outlet, Guid? OperatorId, string? Operator, decimal Takings,
    IReadOnlyList<JournalEntryDto> Entries, IReadOnlyList<JournalTotalDto> ByPaymentMethod, IReadOnlyList<JournalTotalDto> ByKind, decimal NotHeld);

[Route("api/journal")]
public sealed class JournalApiController(CounterJournal journal) : AdminApiController
{
    /// <summary>
    /// The day journal (操作员当日流水): counter transactions of one day — fee collections, and cheque receipts, clears and
    /// bounces when the Cheques module is enabled — with totals by payment method (money taken at the counter) and by kind.
    /// <c>date</c> is a calendar day in the network's local time (setting Kernel.UtcOffsetMinutes, default 480 = China time,
    /// UTC+8): the journal covers [date 00:00+08:00, next day 00:00+08:00) by default; omitted, today. <c>operator</c> is an operator's id; omitted, the whole outlet
    /// for holders of Counter.ViewOutletJournal (head office: <c>outlet</c>, a code, or every outlet), the caller's own
    /// journal otherwise. Another operator needs Counter.ViewOutletJournal (403); an operator or outlet of another outlet
    /// is 404. Permission: Counter.ViewJournal.
    /// </summary>
    [HttpGet("")]
    [RequirePermission(CounterPermissions.ViewJournal)]
    [ProducesResponseType<DayJournalDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Day(string? date, string? @operator, string? outlet, CancellationToken ct)
    {
        var result = await journal.DayAsync(date, @operator, outlet, ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var j = result.Value!;
        return Ok(new DayJournalDto(
            j.Date, j.FromUtc, j.ToUtc, j.OutletCode, j.OperatorId, j.OperatorLogin, j.Takings,
            j.Entries.Select(e => new JournalEntryDto(e.At, e.Kind, e.Reference, e.OutletCode, e.OperatorId, e.OperatorLogin, e.CustomerCode, e.CustomerName, e.Amount, e.PaymentMethod, e.ReviewerLogin, e.NotHeld)).ToList(),
            j.ByPaymentMethod.Select(t => new JournalTotalDto(t.Key, t.Count, t.Amount)).ToList(),
            j.ByKind.Select(t => new JournalTotalDto(t.Key, t.Count, t.Amount)).ToList(),
            j.NotHeld.Sum(e => e.Amount)));
    }
}

using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.CardService.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>A terminal's report that a card's PIN got locked at the pump after too many wrong PINs: the terminal, the card, when (UTC).</summary>
public sealed record PinLockInput(string? Terminal, string? Card, DateTime? At);

/// <summary>What the report did: <c>Locked</c>, <c>AlreadyLocked</c> or <c>Stale</c> (locked before the counter last unlocked it).</summary>
public sealed record PinLockAnswer(string Terminal, string Card, DateTime At, string Outcome);

/// <summary>
/// PIN locks reported by terminals (3.24), signed like a batch (header <c>X-Terminal-Signature</c>: hex HMAC-SHA256 under the terminal's
/// key of the canonical body <c>STATIONS-PINLOCK-1\n terminal=&lt;id&gt;\n card=&lt;number&gt;\n at=&lt;yyyy-MM-ddTHH:mm:ssZ&gt;\n</c>). The card's
/// PIN is locked through card service (<see cref="ICardPinLocks"/>) until the counter unlocks it; the card profile says so. A report
/// sent again is acknowledged; one of a lock older than the counter's last unlock changes nothing.
/// </summary>
public sealed class PinLockReports(AdminDbContext db, TaskTransaction transaction, TerminalKeys keys, INetworkCards cards, ICardPinLocks locks, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>The body a terminal signs.</summary>
    public static string Canonical(PinLockInput input) => string.Create(CultureInfo.InvariantCulture,
        $"STATIONS-PINLOCK-1\nterminal={input.Terminal?.Trim()}\ncard={input.Card?.Trim()}\nat={input.At?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\n");

    public async Task<OperationResult<PinLockAnswer>> ReportAsync(PinLockInput input, string? signature, CancellationToken ct)
    {
        var terminalId = input.Terminal?.Trim().ToUpperInvariant() ?? "";
        var terminal = terminalId.Length is 0 or > Terminal.MaxTerminalId ? null
            : await db.Set<Terminal>().AsNoTracking().FirstOrDefaultAsync(t => t.TerminalId == terminalId && t.Active, ct);
        if (terminal is null)
        {
            return OperationResult<PinLockAnswer>.Invalid(StationsErrors.TerminalUnknown());
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return OperationResult<PinLockAnswer>.Invalid(StationsErrors.SignatureMissing());
        }

        if (!keys.Verify(terminal.ProtectedKey, Canonical(input), signature))
        {
            return OperationResult<PinLockAnswer>.Fail(FailureKind.Unprocessable, StationsErrors.SignatureWrong());
        }

        var errors = new List<OperationError>();
        var number = input.Card?.Trim() ?? "";
        if (number.Length is < 1 or > 32 || !number.All(char.IsAsciiDigit))
        {
            errors.Add(StationsErrors.PinLockCardRequired());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var at = input.At?.ToUniversalTime();
        if (at is null || at.Value.Year < 2000 || at > now.AddMinutes(5))
        {
            errors.Add(StationsErrors.PinLockTimeInvalid());
        }

        if (errors.Count > 0)
        {
            return OperationResult<PinLockAnswer>.Invalid([.. errors]);
        }

        var card = await cards.FindByNumberAsync(number, ct);
        if (card is null)
        {
            return OperationResult<PinLockAnswer>.NotFound(StationsErrors.PinLockCardUnknown());
        }

        // Whole seconds, as signed: the same report sent again is the same lock.
        var lockedAt = DateTime.SpecifyKind(at!.Value.AddTicks(-(at.Value.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc);
        try
        {
            return await transaction.RunAsync(async token =>
            {
                await db.Set<Terminal>().Where(t => t.Id == terminal.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastContactAt, now), token);
                var outcome = await locks.LockAsync(card.Id, card.OutletId, lockedAt, token);
                if (outcome == PinLockOutcome.Locked)
                {
                    audit.Record(new AuditRecord(StationsModule.ModuleId, "Card.PinLockReport", "Card", card.Number, null,
                        new { terminal = terminal.TerminalId, station = terminal.StationCode, lockedAt = lockedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) })
                    {
                        OutletId = card.OutletId, OutletCode = card.OutletCode,
                    });
                }

                return OperationResult<PinLockAnswer>.Success(new PinLockAnswer(terminal.TerminalId, card.Number, lockedAt, outcome.ToString()));
            }, ct);
        }
        catch (Exception e) when (LostRace.Is(e) || (e is DbUpdateException u && UniqueViolation.Is(u)))
        {
            // A parallel report of the same card locked it first.
            db.ChangeTracker.Clear();
            return OperationResult<PinLockAnswer>.Success(new PinLockAnswer(terminal.TerminalId, card.Number, lockedAt, nameof(PinLockOutcome.AlreadyLocked)));
        }
    }
}

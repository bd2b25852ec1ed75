using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Kernel.Settings;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Services;

/// <summary>A terminal as typed on the form or sent to the API (parameters optional: the defaults apply).</summary>
public sealed record TerminalInput(string? TerminalId, string? StationCode, string? StationName, string? Outlet, int? UploadMinutes, int? BlockListMinutes, decimal? OfflineLimit, bool? Active);

/// <summary>A terminal with the figures its list and page show: silent now, and since when the scheduled check has it flagged silent (null: not flagged).</summary>
public sealed record TerminalView(Terminal Terminal, bool Silent, DateTime? FlaggedSilentAt = null);

/// <summary>Head office's terminals (终端参数 5.11): register (the key shown once), change parameters, replace the key, list with the silent flag.</summary>
public sealed class TerminalRegistry(AdminDbContext db, TerminalKeys keys, IOutletDirectory outlets, IAuditTrail audit, SystemSettings settings, TimeProvider clock)
{
    public async Task<OperationResult<(Terminal Terminal, string Key)>> RegisterAsync(TerminalInput input, CancellationToken ct)
    {
        var terminal = new Terminal { Id = Guid.NewGuid(), RegisteredAt = clock.GetUtcNow().UtcDateTime };
        var errors = new List<OperationError>();
        var id = (input.TerminalId ?? "").Trim().ToUpperInvariant();
        if (id.Length is < 4 or > Terminal.MaxTerminalId || !id.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(StationsErrors.TerminalIdInvalid(Terminal.MaxTerminalId));
        }
        else if (await db.Set<Terminal>().AnyAsync(t => t.TerminalId == id, ct))
        {
            errors.Add(StationsErrors.TerminalIdTaken(id));
        }

        terminal.TerminalId = id;
        errors.AddRange(await ApplyAsync(terminal, input, ct));
        if (errors.Count > 0)
        {
            return OperationResult<(Terminal, string)>.Invalid([.. errors]);
        }

        var (hex, protectedKey) = keys.Create();
        terminal.ProtectedKey = protectedKey;
        terminal.KeyIssuedAt = terminal.RegisteredAt;
        db.Add(terminal);
        audit.Record(new AuditRecord(StationsModule.ModuleId, "Terminal.Register", nameof(Terminal), terminal.TerminalId, null, Snapshot(terminal)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return OperationResult<(Terminal, string)>.Invalid(StationsErrors.TerminalIdTaken(id));
        }

        return OperationResult<(Terminal, string)>.Success((terminal, hex));
    }

    public async Task<OperationResult<Terminal>> UpdateAsync(string terminalId, TerminalInput input, string? version, CancellationToken ct)
    {
        var terminal = await db.Set<Terminal>().FirstOrDefaultAsync(t => t.TerminalId == terminalId, ct);
        if (terminal is null)
        {
            return OperationResult<Terminal>.NotFound(StationsErrors.TerminalNotFound());
        }

        if (Versions.Expect(db, terminal, version) is { } stale)
        {
            return OperationResult<Terminal>.From(stale);
        }

        var before = Snapshot(terminal);
        var errors = await ApplyAsync(terminal, input, ct);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Terminal>.Invalid([.. errors]);
        }

        audit.Record(new AuditRecord(StationsModule.ModuleId, "Terminal.Update", nameof(Terminal), terminal.TerminalId, before, Snapshot(terminal)));
        return await Versions.SaveAsync(db, terminal, ct) is { } conflict ? OperationResult<Terminal>.From(conflict) : OperationResult<Terminal>.Success(terminal);
    }

    public async Task<OperationResult<(Terminal Terminal, string Key)>> RotateKeyAsync(string terminalId, CancellationToken ct)
    {
        var terminal = await db.Set<Terminal>().FirstOrDefaultAsync(t => t.TerminalId == terminalId, ct);
        if (terminal is null)
        {
            return OperationResult<(Terminal, string)>.NotFound(StationsErrors.TerminalNotFound());
        }

        var (hex, protectedKey) = keys.Create();
        terminal.ProtectedKey = protectedKey;
        terminal.KeyIssuedAt = clock.GetUtcNow().UtcDateTime;
        // The key itself is never in the audit trail: only that it changed, and when.
        audit.Record(new AuditRecord(StationsModule.ModuleId, "Terminal.RotateKey", nameof(Terminal), terminal.TerminalId, null, new { terminal.KeyIssuedAt }));
        return await Versions.SaveAsync(db, terminal, ct) is { } conflict
            ? OperationResult<(Terminal, string)>.From(conflict)
            : OperationResult<(Terminal, string)>.Success((terminal, hex));
    }

    public async Task<TerminalView?> FindAsync(string terminalId, CancellationToken ct)
    {
        var t = await db.Set<Terminal>().AsNoTracking().FirstOrDefaultAsync(x => x.TerminalId == terminalId, ct);
        return t is null ? null : new TerminalView(t, Terminal.IsSilent(t.LastContactAt, t.RegisteredAt, clock.GetUtcNow().UtcDateTime, await SilentAfterAsync(ct)),
            (await FlaggedAsync([t.Id], ct)).TryGetValue(t.Id, out var flagged) ? (DateTime?)flagged : null);
    }

    /// <summary>Terminals by id, keyset-paged; <paramref name="q"/> matches the terminal id or station code (prefix) or station name (part).</summary>
    public async Task<Page<TerminalView>> ListAsync(string? q, bool silentOnly, string? after, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, Keyset.MaxLimit);
        var now = clock.GetUtcNow().UtcDateTime;
        var silentAfter = await SilentAfterAsync(ct);
        var query = db.Set<Terminal>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var upper = term.ToUpperInvariant();
            query = query.Where(t => t.TerminalId.StartsWith(upper) || t.StationCode.StartsWith(upper) || t.StationName.Contains(term));
        }

        if (silentOnly)
        {
            var since = now - silentAfter;
            query = query.Where(t => (t.LastContactAt ?? t.RegisteredAt) < since);
        }

        if (Keyset.Decode(after, 1) is [var last])
        {
            query = query.Where(t => string.Compare(t.TerminalId, last) > 0);
        }

        var rows = await query.OrderBy(t => t.TerminalId).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? Keyset.Encode(rows[limit - 1].TerminalId) : null;
        var page = rows.Take(limit).ToList();
        var flagged = await FlaggedAsync(page.Select(t => t.Id).ToList(), ct);
        return new Page<TerminalView>(page.Select(t => new TerminalView(t, Terminal.IsSilent(t.LastContactAt, t.RegisteredAt, now, silentAfter),
            flagged.TryGetValue(t.Id, out var at) ? (DateTime?)at : null)).ToList(), next);
    }

    public async Task<IReadOnlyList<TerminalGap>> GapsAsync(Guid terminal, CancellationToken ct) =>
        await db.Set<TerminalGap>().AsNoTracking().Where(g => g.TerminalId == terminal).OrderByDescending(g => g.From).Take(50).ToListAsync(ct);

    public async Task<IReadOnlyList<StationBatch>> BatchesAsync(Guid terminal, CancellationToken ct) =>
        await db.Set<StationBatch>().AsNoTracking().Where(b => b.TerminalId == terminal).OrderByDescending(b => b.ReceivedAt).Take(20).ToListAsync(ct);

    public async Task<IReadOnlyList<StationRecord>> ExceptionsAsync(Guid terminal, CancellationToken ct) =>
        await db.Set<StationRecord>().AsNoTracking().Where(r => r.TerminalId == terminal && (r.Status == StationRecordStatus.Exception || r.Status == StationRecordStatus.Grey))
            .OrderByDescending(r => r.Sequence).Take(50).ToListAsync(ct);

    /// <summary>The terminal's silences flagged by the scheduled check (latest 20).</summary>
    public async Task<IReadOnlyList<TerminalSilence>> SilencesAsync(Guid terminal, CancellationToken ct) =>
        await db.Set<TerminalSilence>().AsNoTracking().Where(s => s.TerminalId == terminal).OrderByDescending(s => s.FlaggedAt).Take(20).ToListAsync(ct);

    // The open silence of each terminal (one per terminal: the check opens one only where none is open).
    private async Task<Dictionary<Guid, DateTime>> FlaggedAsync(List<Guid> terminals, CancellationToken ct) =>
        terminals.Count == 0 ? new Dictionary<Guid, DateTime>() : await db.Set<TerminalSilence>().AsNoTracking().Where(s => s.EndedAt == null && terminals.Contains(s.TerminalId))
            .GroupBy(s => s.TerminalId).Select(g => new { g.Key, At = g.Min(s => s.FlaggedAt) }).ToDictionaryAsync(g => g.Key, g => g.At, ct);

    private async Task<TimeSpan> SilentAfterAsync(CancellationToken ct) => TimeSpan.FromMinutes(await settings.GetIntAsync(StationsSettings.SilentMinutes, ct));

    private async Task<List<OperationError>> ApplyAsync(Terminal terminal, TerminalInput input, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        var code = (input.StationCode ?? "").Trim().ToUpperInvariant();
        if (code.Length is < 1 or > Terminal.MaxStationCode || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(StationsErrors.StationCodeInvalid(Terminal.MaxStationCode));
        }

        var name = (input.StationName ?? "").Trim();
        if (name.Length is < 1 or > Terminal.MaxStationName || name.Any(char.IsControl))
        {
            errors.Add(StationsErrors.StationNameRequired(Terminal.MaxStationName));
        }

        var outlet = string.IsNullOrWhiteSpace(input.Outlet) || input.Outlet.Trim().Length > 16 ? null : await outlets.FindByCodeAsync(input.Outlet.Trim(), ct);
        if (outlet is null)
        {
            errors.Add(StationsErrors.OutletUnknown());
        }

        if (input.UploadMinutes is < 1 or > 1440)
        {
            errors.Add(StationsErrors.MinutesInvalid("uploadMinutes"));
        }

        if (input.BlockListMinutes is < 1 or > 1440)
        {
            errors.Add(StationsErrors.MinutesInvalid("blockListMinutes"));
        }

        if (input.OfflineLimit is { } limit && (limit < 0 || limit > 100_000m || decimal.Round(limit, 2) != limit))
        {
            errors.Add(StationsErrors.OfflineLimitInvalid());
        }

        if (errors.Count == 0)
        {
            terminal.StationCode = code;
            terminal.StationName = name;
            terminal.OutletId = outlet!.Id;
            terminal.OutletCode = outlet.Code;
            terminal.UploadMinutes = input.UploadMinutes ?? terminal.UploadMinutes;
            terminal.BlockListMinutes = input.BlockListMinutes ?? terminal.BlockListMinutes;
            terminal.OfflineLimit = input.OfflineLimit ?? terminal.OfflineLimit;
            terminal.Active = input.Active ?? terminal.Active;
        }

        return errors;
    }

    private static object Snapshot(Terminal t) => new
    {
        t.TerminalId, t.StationCode, t.StationName, Outlet = t.OutletCode, t.UploadMinutes, t.BlockListMinutes,
        OfflineLimit = t.OfflineLimit.ToString("0.00", CultureInfo.InvariantCulture), t.Active,
    };
}

using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Reviews.Services;

/// <summary>A review point with head office's configuration.</summary>
public sealed record ReviewPointView(ReviewPoint Point, bool Enabled, IReadOnlyDictionary<string, string> Parameters, string Version)
{
    /// <summary>The permission the point's reviewer must hold.</summary>
    public string Permission => Point.ReviewerPermission();
}

/// <summary>The review module's reading of the kernel's review points.</summary>
public static class ReviewPointExtensions
{
    /// <summary>The point's own permission, or the same-level reviewer permission this module contributes when it names none.</summary>
    public static string ReviewerPermission(this ReviewPoint point) => point.Permission ?? ReviewsPermissions.SameLevel;
}

/// <summary>What head office sends to change a point: on/off, parameter values (absent: unchanged), the version read.</summary>
public sealed record ReviewPointChange(bool? Enabled, IReadOnlyDictionary<string, string?>? Parameters, string? Version);

/// <summary>
/// The catalogue of review points declared by the enabled modules, with head office's switches and parameters
/// (<see cref="IReviewPoints"/>). A point head office never touched is on, with its declared defaults.
/// </summary>
public sealed class ReviewPointCatalog(
    AdminDbContext db,
    IEnumerable<IReviewPointProvider> providers,
    ModuleStates states,
    IAuditTrail audit,
    ICurrentOperator current,
    TimeProvider clock) : IReviewPoints
{
    private Dictionary<string, ReviewPoint>? _declared;

    private Dictionary<string, ReviewPoint> Declared => _declared ??= providers
        .SelectMany(p => p.GetReviewPoints())
        .GroupBy(p => p.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The point, when it exists and its module is enabled.</summary>
    public ReviewPoint? Find(string? code) =>
        code is not null && Declared.TryGetValue(code, out var point) && states.IsEnabled(point.ModuleId) ? point : null;

    /// <summary>Every point of the enabled modules with its configuration, by code.</summary>
    public async Task<IReadOnlyList<ReviewPointView>> ListAsync(CancellationToken ct = default)
    {
        var stored = await db.Set<ReviewPointSetting>().AsNoTracking().ToDictionaryAsync(s => s.Code, ct);
        return Declared.Values
            .Where(p => states.IsEnabled(p.ModuleId))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => View(p, stored.GetValueOrDefault(p.Code)))
            .ToList();
    }

    /// <summary>One point with its configuration, or null.</summary>
    public async Task<ReviewPointView?> GetAsync(string code, CancellationToken ct = default)
    {
        if (Find(code) is not { } point)
        {
            return null;
        }

        return View(point, await db.Set<ReviewPointSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == point.Code, ct));
    }

    public async Task<bool> IsEnabledAsync(string code, CancellationToken ct = default)
    {
        if (Find(code) is not { } point)
        {
            return false;
        }

        if (point.AlwaysOn)
        {
            return true;
        }

        var stored = await db.Set<ReviewPointSetting>().AsNoTracking().Where(s => s.Code == code).Select(s => (bool?)s.Enabled).FirstOrDefaultAsync(ct);
        return stored ?? true;
    }

    public async Task<string> GetParameterAsync(string code, string name, CancellationToken ct = default)
    {
        if (!Declared.TryGetValue(code, out var point) || point.Parameters.FirstOrDefault(p => p.Name == name) is not { } parameter)
        {
            throw new InvalidOperationException($"The review point '{code}' declares no parameter '{name}'.");
        }

        var stored = await db.Set<ReviewPointSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        return stored is not null && Read(stored.Parameters).TryGetValue(name, out var value) ? value : parameter.DefaultValue;
    }

    /// <summary>Switches a point on or off and sets parameters (audited; a stale version is a 409).</summary>
    public async Task<OperationResult<ReviewPointView>> UpdateAsync(string code, ReviewPointChange change, CancellationToken ct = default)
    {
        if (Find(code) is not { } point)
        {
            return OperationResult<ReviewPointView>.NotFound(ReviewsErrors.PointNotFound());
        }

        var errors = new List<OperationError>();
        if (point.AlwaysOn && change.Enabled == false)
        {
            errors.Add(ReviewsErrors.PointAlwaysOn(point.Code));
        }

        foreach (var (name, value) in change.Parameters ?? new Dictionary<string, string?>())
        {
            if (point.Parameters.All(p => p.Name != name))
            {
                errors.Add(ReviewsErrors.ParameterUnknown(name));
            }
            else if (value?.Trim().Length > 200)
            {
                errors.Add(ReviewsErrors.ParameterTooLong(name));
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<ReviewPointView>.Invalid([.. errors]);
        }

        var row = await db.Set<ReviewPointSetting>().FirstOrDefaultAsync(s => s.Code == point.Code, ct);
        var before = row is null ? View(point, null) : View(point, row);
        if (row is null)
        {
            if (change.Version is not null && change.Version != "0")
            {
                return OperationResult<ReviewPointView>.From(OperationResult.Conflict(ReviewsErrors.StaleVersion("0")).With("version", "0"));
            }

            row = new ReviewPointSetting { Code = point.Code };
            db.Add(row);
        }
        else if (Versions.Expect(db, row, change.Version) is { } stale)
        {
            return OperationResult<ReviewPointView>.From(stale);
        }

        var parameters = Read(row.Parameters);
        foreach (var (name, value) in change.Parameters ?? new Dictionary<string, string?>())
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                parameters.Remove(name);
            }
            else
            {
                parameters[name] = value.Trim();
            }
        }

        row.Enabled = change.Enabled ?? row.Enabled;
        row.Parameters = JsonSerializer.Serialize(parameters);
        row.ChangedAt = clock.GetUtcNow().UtcDateTime;
        row.ChangedBy = current.LoginName;
        var after = View(point, row);
        audit.Record(new AuditRecord(ReviewsModule.ModuleId, "ReviewPoint.Change", "ReviewPoint", point.Code,
            Before: new { before.Enabled, before.Parameters }, After: new { after.Enabled, after.Parameters },
            Summary: $"{point.Code}: {(after.Enabled ? "on" : "off")}"));
        try
        {
            if (await Versions.SaveAsync(db, row, ct) is { } conflict)
            {
                return OperationResult<ReviewPointView>.From(conflict);
            }
        }
        catch (DbUpdateException)
        {
            // Two first changes of the same point at once: the second finds the row the first inserted.
            db.ChangeTracker.Clear();
            return OperationResult<ReviewPointView>.From(OperationResult.Conflict(ReviewsErrors.StaleVersion("1")).With("version", "1"));
        }

        return OperationResult<ReviewPointView>.Success(View(point, row));
    }

    private static ReviewPointView View(ReviewPoint point, ReviewPointSetting? stored)
    {
        var values = stored is null ? new Dictionary<string, string>() : Read(stored.Parameters);
        var parameters = point.Parameters.ToDictionary(p => p.Name, p => values.GetValueOrDefault(p.Name) ?? p.DefaultValue, StringComparer.Ordinal);
        return new ReviewPointView(point, point.AlwaysOn || (stored?.Enabled ?? true), parameters, stored is null ? "0" : Versions.Format(stored.Version));
    }

    private static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>();
}

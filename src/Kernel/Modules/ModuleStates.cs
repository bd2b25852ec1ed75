using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Modules;

/// <summary>
/// Which modules are enabled. Reads are served from memory and refreshed from the database every few
/// seconds (<c>Modules:RefreshSeconds</c>, default 2), so a switch made through one host reaches the others quickly.
/// </summary>
public sealed class ModuleStates(ModuleCatalog catalog, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
    private readonly TimeSpan _refresh = TimeSpan.FromSeconds(configuration.GetValue("Modules:RefreshSeconds", 2.0));
    private readonly Lock _lock = new();
    private volatile HashSet<string>? _enabled;
    private DateTimeOffset _loadedAt;

    /// <summary>True when the module exists and is on. Modules that cannot be disabled are always on.</summary>
    public bool IsEnabled(string moduleId)
    {
        var module = catalog.Find(moduleId);
        if (module is null)
        {
            return false;
        }

        return !module.CanBeDisabled || Current().Contains(moduleId);
    }

    /// <summary>The enabled modules, in dependency order.</summary>
    public IReadOnlyList<AdminModule> Enabled() => catalog.Modules.Where(m => IsEnabled(m.Id)).ToList();

    /// <summary>Forgets the cached state so the next read goes to the database.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _enabled = null;
        }
    }

    private HashSet<string> Current()
    {
        var enabled = _enabled;
        if (enabled is not null && clock.GetUtcNow() - _loadedAt < _refresh)
        {
            return enabled;
        }

        lock (_lock)
        {
            if (_enabled is not null && clock.GetUtcNow() - _loadedAt < _refresh)
            {
                return _enabled;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
            HashSet<string> loaded;
            try
            {
                loaded = db.Set<ModuleState>().AsNoTracking().Where(s => s.Enabled).Select(s => s.ModuleId).ToHashSet();
            }
            catch (Exception) when (_enabled is not null)
            {
                // The database is briefly unreachable: keep serving the last known state.
                return _enabled;
            }

            _enabled = loaded;
            _loadedAt = clock.GetUtcNow();
            return loaded;
        }
    }
}

/// <summary>Switches modules on and off, enforcing the dependency rules, and audits each switch.</summary>
public sealed class ModuleSwitcher(ModuleCatalog catalog, ModuleStates states, AdminDbContext db, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>Enables the module and every module it depends on. Answers the ids that were switched on.</summary>
    public async Task<OperationResult<IReadOnlyList<string>>> EnableAsync(string moduleId, string? by, CancellationToken ct = default)
    {
        var module = catalog.Find(moduleId);
        if (module is null)
        {
            return OperationResult<IReadOnlyList<string>>.NotFound(KernelErrors.ModuleUnknown(moduleId));
        }

        var targets = catalog.DependenciesOf(moduleId).Append(moduleId).ToList();
        var rows = await db.Set<ModuleState>().Where(s => targets.Contains(s.ModuleId)).ToListAsync(ct);
        var switched = new List<string>();
        foreach (var id in targets)
        {
            var row = rows.FirstOrDefault(r => r.ModuleId == id);
            if (row is null)
            {
                row = new ModuleState { ModuleId = id };
                db.Add(row);
            }

            if (!row.Enabled)
            {
                row.Enabled = true;
                row.ChangedAt = clock.GetUtcNow().UtcDateTime;
                row.ChangedBy = by;
                switched.Add(id);
                audit.Record(new AuditRecord(KernelModule.ModuleId, "Module.Enable", nameof(ModuleState), id,
                    Before: new { Enabled = false }, After: new { Enabled = true },
                    Summary: id == moduleId ? null : $"Enabled as a dependency of {moduleId}"));
            }
        }

        await db.SaveChangesAsync(ct);
        states.Invalidate();
        return OperationResult<IReadOnlyList<string>>.Success(switched);
    }

    /// <summary>Disables the module, unless it cannot be disabled or an enabled module depends on it.</summary>
    public async Task<OperationResult> DisableAsync(string moduleId, string? by, CancellationToken ct = default)
    {
        var module = catalog.Find(moduleId);
        if (module is null)
        {
            return OperationResult.NotFound(KernelErrors.ModuleUnknown(moduleId));
        }

        if (!module.CanBeDisabled)
        {
            return OperationResult.Conflict(KernelErrors.ModuleRequired(moduleId));
        }

        states.Invalidate();
        var enabledDependents = catalog.DependentsOf(moduleId).Where(states.IsEnabled).ToList();
        if (enabledDependents.Count > 0)
        {
            return OperationResult.Conflict(KernelErrors.ModuleHasDependents(moduleId, enabledDependents));
        }

        var row = await db.Set<ModuleState>().FirstOrDefaultAsync(s => s.ModuleId == moduleId, ct);
        if (row is null)
        {
            row = new ModuleState { ModuleId = moduleId, Enabled = true };
            db.Add(row);
        }

        if (row.Enabled)
        {
            row.Enabled = false;
            row.ChangedAt = clock.GetUtcNow().UtcDateTime;
            row.ChangedBy = by;
            audit.Record(new AuditRecord(KernelModule.ModuleId, "Module.Disable", nameof(ModuleState), moduleId,
                Before: new { Enabled = true }, After: new { Enabled = false }));
            await db.SaveChangesAsync(ct);
        }

        states.Invalidate();
        return OperationResult.Success();
    }
}

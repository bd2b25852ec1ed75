using System.Globalization;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Kernel.Settings;

/// <summary>The kinds of value a setting holds.</summary>
public enum SettingType
{
    /// <summary>A whole number within <see cref="SettingDefinition.Min"/>..<see cref="SettingDefinition.Max"/>.</summary>
    Integer,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A CNY amount with at most two decimals.</summary>
    Money,
    /// <summary>Free text.</summary>
    Text,
}

/// <summary>
/// A system setting a module declares: key <c>"ModuleId.Name"</c>, its type, default and bounds. The settings screen shows
/// <paramref name="Name"/> as the label and <paramref name="Description"/> as its help (both with zh-CN texts), never the key.
/// </summary>
public sealed record SettingDefinition(string Key, string Description, SettingType Type, string Default, decimal? Min = null, decimal? Max = null, string? Name = null);

/// <summary>Declares a module's system settings. Found by scanning module assemblies.</summary>
public interface ISettingsProvider
{
    /// <summary>The module's settings.</summary>
    IEnumerable<SettingDefinition> GetSettings();
}

/// <summary>A stored setting value (absent rows mean "the default").</summary>
public sealed class SettingValue : IVersioned
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }
}

internal sealed class SettingValueConfiguration : IEntityTypeConfiguration<SettingValue>
{
    public void Configure(EntityTypeBuilder<SettingValue> builder)
    {
        builder.ToTable("Kernel_Settings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(128);
        builder.Property(s => s.Value).HasMaxLength(1000);
        builder.Property(s => s.ChangedBy).HasMaxLength(64);
    }
}

/// <summary>A setting as shown on the settings screen.</summary>
public sealed record SettingView(SettingDefinition Definition, string Value, bool IsDefault, string Version);

/// <summary>Reads and changes system settings (audited). Reads go to the database: settings change rarely and matter at once.</summary>
public sealed class SystemSettings(AdminDbContext db, IEnumerable<ISettingsProvider> providers, ModuleCatalog catalog, ModuleStates states, IAuditTrail audit, TimeProvider clock)
{
    private Dictionary<string, SettingDefinition>? _definitions;

    private Dictionary<string, SettingDefinition> Definitions => _definitions ??= providers
        .SelectMany(p => p.GetSettings())
        .ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>Every setting of enabled modules with its current value.</summary>
    public async Task<IReadOnlyList<SettingView>> ListAsync(CancellationToken ct = default)
    {
        var stored = await db.Set<SettingValue>().AsNoTracking().ToDictionaryAsync(s => s.Key, ct);
        return Definitions.Values
            .Where(d => states.IsEnabled(d.Key.Split('.', 2)[0]))
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => stored.TryGetValue(d.Key, out var v)
                ? new SettingView(d, v.Value, false, Versions.Format(v.Version))
                : new SettingView(d, d.Default, true, "0"))
            .ToList();
    }

    /// <summary>A whole-number setting's value.</summary>
    public async Task<int> GetIntAsync(string key, CancellationToken ct = default) =>
        int.Parse(await GetRawAsync(key, ct), CultureInfo.InvariantCulture);

    /// <summary>A boolean setting's value.</summary>
    public async Task<bool> GetBoolAsync(string key, CancellationToken ct = default) =>
        bool.Parse(await GetRawAsync(key, ct));

    /// <summary>A money setting's value.</summary>
    public async Task<decimal> GetMoneyAsync(string key, CancellationToken ct = default) =>
        decimal.Parse(await GetRawAsync(key, ct), CultureInfo.InvariantCulture);

    /// <summary>A text setting's value.</summary>
    public Task<string> GetTextAsync(string key, CancellationToken ct = default) => GetRawAsync(key, ct);

    private async Task<string> GetRawAsync(string key, CancellationToken ct)
    {
        if (!Definitions.TryGetValue(key, out var definition))
        {
            throw new InvalidOperationException($"No module declares the setting '{key}'.");
        }

        var stored = await db.Set<SettingValue>().AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return stored ?? definition.Default;
    }

    /// <summary>Checks a value against a setting's type and bounds, answering it normalised.</summary>
    public OperationResult<string> Validate(string key, string? value)
    {
        if (!Definitions.TryGetValue(key, out var d))
        {
            return OperationResult<string>.NotFound(KernelErrors.SettingUnknown(key));
        }

        value = value?.Trim() ?? "";
        switch (d.Type)
        {
            case SettingType.Integer:
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                    || (d.Min is { } min && i < min) || (d.Max is { } max && i > max))
                {
                    return Invalid(KernelErrors.SettingNotWholeNumber(d.Min ?? int.MinValue, d.Max ?? int.MaxValue));
                }

                return OperationResult<string>.Success(i.ToString(CultureInfo.InvariantCulture));
            case SettingType.Boolean:
                return bool.TryParse(value, out var b)
                    ? OperationResult<string>.Success(b ? "true" : "false")
                    : Invalid(KernelErrors.SettingNotBoolean());
            case SettingType.Money:
                if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m)
                    || decimal.Round(m, 2) != m || (d.Min is { } mmin && m < mmin) || (d.Max is { } mmax && m > mmax))
                {
                    return Invalid(KernelErrors.SettingNotAmount(d.Min ?? 0, d.Max ?? decimal.MaxValue));
                }

                return OperationResult<string>.Success(m.ToString("0.00", CultureInfo.InvariantCulture));
            default:
                return value.Length > 1000 ? Invalid(KernelErrors.SettingTooLong(1000)) : OperationResult<string>.Success(value);
        }
    }

    /// <summary>Changes a setting; <paramref name="version"/> is the version the caller read ("0" for a default).</summary>
    public async Task<OperationResult> SetAsync(string key, string? value, string? version, string? by, CancellationToken ct = default)
    {
        var check = Validate(key, value);
        if (!check.Succeeded)
        {
            return check;
        }

        var row = await db.Set<SettingValue>().FirstOrDefaultAsync(s => s.Key == key, ct);
        var before = row?.Value ?? Definitions[key].Default;
        if (row is null)
        {
            if (version is not null && version != "0")
            {
                return OperationResult.Conflict(KernelErrors.StaleVersion("0")).With("version", "0");
            }

            row = new SettingValue { Key = key };
            db.Add(row);
        }
        else if (version is not null && Versions.Expect(db, row, version) is { } stale)
        {
            return stale;
        }

        row.Value = check.Value!;
        row.ChangedAt = clock.GetUtcNow().UtcDateTime;
        row.ChangedBy = by;
        audit.Record(new AuditRecord(catalog.Find(key.Split('.', 2)[0])?.Id ?? KernelModule.ModuleId, "Setting.Change", "Setting", key,
            Before: new { Value = before }, After: new { Value = row.Value }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<SettingValue>().AsNoTracking().Where(s => s.Key == key).Select(s => s.Version).FirstOrDefaultAsync(ct);
            return OperationResult.Conflict(KernelErrors.StaleVersion(Versions.Format(current))).With("version", Versions.Format(current));
        }

        return OperationResult.Success();
    }

    private static OperationResult<string> Invalid(OperationError error) => OperationResult<string>.Invalid(error);
}

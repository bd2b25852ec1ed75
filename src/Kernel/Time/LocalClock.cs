using Admin.Kernel.Settings;

namespace Admin.Kernel.Time;

/// <summary>The kernel's own settings.</summary>
internal sealed class KernelTimeSettings : ISettingsProvider
{
    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(LocalClock.UtcOffsetSetting, "The network's local time offset from UTC, in minutes (China: 480); today, day journals, charts and opening hours count in it",
            SettingType.Integer, "480", -720, 840),
    ];
}

/// <summary>
/// The network's local day: every module asks here what "today" is (fee schedules, cheque dates, day journals, charts,
/// opening hours), so a counter working at 07:30 in Beijing is on the same day as its receipts. The offset is the system
/// setting <c>Kernel.UtcOffsetMinutes</c> (480, China Standard Time, no daylight saving), read once per request.
/// </summary>
public sealed class LocalClock(SystemSettings settings, TimeProvider clock)
{
    /// <summary>The setting holding the offset from UTC, in minutes.</summary>
    public const string UtcOffsetSetting = "Kernel.UtcOffsetMinutes";

    private TimeSpan? _offset;

    /// <summary>The local time's offset from UTC.</summary>
    public async Task<TimeSpan> OffsetAsync(CancellationToken ct = default) =>
        _offset ??= TimeSpan.FromMinutes(await settings.GetIntAsync(UtcOffsetSetting, ct));

    /// <summary>The local date now.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken ct = default) => DayOf(clock.GetUtcNow().UtcDateTime, await OffsetAsync(ct));

    /// <summary>The local date of a UTC instant.</summary>
    public static DateOnly DayOf(DateTime utc, TimeSpan offset) => DateOnly.FromDateTime(utc + offset);

    /// <summary>The UTC instant at which a local day begins (its end is the next day's start).</summary>
    public static DateTime StartUtc(DateOnly day, TimeSpan offset) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - offset, DateTimeKind.Utc);
}

using Admin.Kernel.Settings;

namespace Admin.Kernel.Time;

/// <summary>The kernel's own settings.</summary>
internal sealed class KernelTimeSettings : ISettingsProvider
{
    public IEnumerable<SettingDefinition> GetSettings() =>
    [
        new(LocalClock.UtcOffsetSetting, "The network's local time, in minutes ahead of Greenwich (China: 480); every time shown, today, day journals, charts and opening hours count in it",
            SettingType.Integer, "480", -720, 840, Name: "Local time offset (minutes)"),
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

    /// <summary>
    /// The UTC instant at which a local day begins (its end is the next day's start), clamped to
    /// <see cref="DateTime.MinValue"/>/<see cref="DateTime.MaxValue"/> at the ends of the calendar.
    /// </summary>
    public static DateTime StartUtc(DateOnly day, TimeSpan offset) => Clamp(day.DayNumber * TimeSpan.TicksPerDay - offset.Ticks);

    /// <summary>The UTC instant at which a local day ends (the next day's start), clamped like <see cref="StartUtc"/>.</summary>
    public static DateTime EndUtc(DateOnly day, TimeSpan offset) => Clamp((day.DayNumber + 1L) * TimeSpan.TicksPerDay - offset.Ticks);

    /// <summary>
    /// The instants of the local days <paramref name="from"/> to <paramref name="to"/> (both included; either may be
    /// missing) for a query filter. Every query that filters by local day goes through here: the arithmetic is done in
    /// ticks and clamped, so any valid date (0001-01-01, 9999-12-31) is a range, never an overflow; a bound that falls
    /// off the calendar is no bound. A backwards range is an empty one, not an error.
    /// </summary>
    public static UtcRange DaysUtc(DateOnly? from, DateOnly? to, TimeSpan offset) =>
        new(from is { } f ? StartUtc(f, offset) : DateTime.MinValue, to is { } t ? EndUtc(t, offset) : DateTime.MaxValue);

    /// <summary>A day moved by <paramref name="days"/>, stopping at the ends of the calendar instead of throwing.</summary>
    public static DateOnly AddDaysClamped(DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static DateTime Clamp(long ticks) =>
        new(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
}

/// <summary>
/// Instants from <see cref="StartUtc"/> (included) to <see cref="EndUtc"/> (excluded); <see cref="DateTime.MinValue"/> and
/// <see cref="DateTime.MaxValue"/> mean "no bound", and a query leaves that side unfiltered (<see cref="HasStart"/>,
/// <see cref="HasEnd"/>) so no database ever compares against the ends of its timestamp type.
/// </summary>
public readonly record struct UtcRange(DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>True when the range has a lower bound.</summary>
    public bool HasStart => StartUtc > DateTime.MinValue;

    /// <summary>True when the range has an upper bound.</summary>
    public bool HasEnd => EndUtc < DateTime.MaxValue;
}

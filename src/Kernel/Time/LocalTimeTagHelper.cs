using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Kernel.Time;

/// <summary>How much of a local time <see cref="LocalTimeTagHelper"/> shows.</summary>
public enum LocalTimeFormat
{
    /// <summary><c>yyyy-MM-dd HH:mm:ss</c></summary>
    Seconds,
    /// <summary><c>yyyy-MM-dd HH:mm</c></summary>
    Minutes,
    /// <summary><c>yyyy-MM-dd</c></summary>
    Date,
    /// <summary><c>HH:mm:ss</c></summary>
    Time,
}

/// <summary>
/// <c>&lt;local-time utc="@x.At" /&gt;</c>: an instant stored in UTC, shown in the network's local time (<see cref="LocalClock"/>)
/// as <c>&lt;time datetime="…Z"&gt;2026-12-08 07:30:00&lt;/time&gt;</c>, or "—" when there is none. Every screen shows times
/// through it, so none can show a UTC clock by accident, and the layout labels the page once with the offset
/// (<see cref="LocalTimes.UsedOffset"/>).
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper(LocalClock clock) : TagHelper
{
    /// <summary>The instant, in UTC (the kind the database hands back does not matter).</summary>
    public DateTime? Utc { get; set; }

    /// <summary>How much of it to show (default: to the second).</summary>
    public LocalTimeFormat Format { get; set; } = LocalTimeFormat.Seconds;

    /// <summary>The view context, for the request the page label is kept on.</summary>
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Utc is not { } utc)
        {
            output.TagName = null;
            output.Content.SetContent("—");
            return;
        }

        var offset = await clock.OffsetAsync(ViewContext?.HttpContext.RequestAborted ?? default);
        if (ViewContext is not null)
        {
            LocalTimes.MarkUsed(ViewContext.HttpContext, offset);
        }

        output.TagName = "time";
        output.Attributes.SetAttribute("datetime", LocalTimes.Iso(utc, offset));
        output.Content.SetContent(LocalTimes.Format(utc, offset, Format));
    }
}

/// <summary>Formatting of local times for screens, exports and documents (the offset comes from <see cref="LocalClock"/>).</summary>
public static class LocalTimes
{
    private const string UsedKey = "Admin.Kernel.Time.LocalTimes.Used";

    /// <summary>The local time of a UTC instant.</summary>
    public static DateTime ToLocal(DateTime utc, TimeSpan offset) =>
        DateTime.SpecifyKind(new DateTime(Math.Clamp(utc.Ticks + offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks)), DateTimeKind.Unspecified);

    /// <summary>The local time of a UTC instant, as a person reads it.</summary>
    public static string Format(DateTime utc, TimeSpan offset, LocalTimeFormat format = LocalTimeFormat.Seconds) =>
        ToLocal(utc, offset).ToString(format switch
        {
            LocalTimeFormat.Minutes => "yyyy-MM-dd HH:mm",
            LocalTimeFormat.Date => "yyyy-MM-dd",
            LocalTimeFormat.Time => "HH:mm:ss",
            _ => "yyyy-MM-dd HH:mm:ss",
        }, CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the local offset (<c>2026-12-08T07:30:00+08:00</c>): what exports write, the same instant a program reads.</summary>
    public static string Iso(DateTime utc, TimeSpan offset) =>
        ToLocal(utc, offset).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + OffsetText(offset);

    /// <summary>The offset as <c>+08:00</c>, the label a page or document carries once.</summary>
    public static string OffsetText(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// For a view that formats local times itself (inside a sentence, say): the offset, and the page labelled with it.
    /// <c>var offset = await Html.LocalOffsetAsync();</c> then <see cref="Format"/>.
    /// </summary>
    public static async Task<TimeSpan> LocalOffsetAsync(this IHtmlHelper html)
    {
        var context = html.ViewContext.HttpContext;
        var offset = await context.RequestServices.GetRequiredService<LocalClock>().OffsetAsync(context.RequestAborted);
        MarkUsed(context, offset);
        return offset;
    }

    /// <summary>The request's local offset, for an export an action writes (CSV columns carry it, <see cref="Iso"/>).</summary>
    public static Task<TimeSpan> OffsetAsync(HttpContext context) =>
        context.RequestServices.GetRequiredService<LocalClock>().OffsetAsync(context.RequestAborted);

    /// <summary>Notes that the page shows local times, so the layout labels it with the offset.</summary>
    public static void MarkUsed(HttpContext context, TimeSpan offset) => context.Items[UsedKey] = offset;

    /// <summary>The offset of the local times the page showed, or null when it showed none.</summary>
    public static TimeSpan? UsedOffset(HttpContext context) => context.Items.TryGetValue(UsedKey, out var o) && o is TimeSpan t ? t : null;
}

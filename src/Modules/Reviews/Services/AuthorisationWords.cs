using System.Globalization;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Modules;
using Admin.Kernel.Money;
using Admin.Modules.Reviews.Models;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Reviews.Services;

/// <summary>
/// What an authorisation record authorised, as a person would say it: the task's record by what they know of it (a
/// receipt or cheque number, linked to its page; else the module's name), the amount, the review points by their
/// descriptions and a refusal's reason in words. The canonical JSON stays behind the "technical detail" toggle.
/// </summary>
public sealed record AuthorisedTask(string Task, string? Url, string? Amount, IReadOnlyList<string> Points, string? Reason);

/// <summary>Describes a page of authorisation records (one query per kind of task, through the modules' record namers).</summary>
public sealed class AuthorisationWords(RecordNames names, ReviewPointCatalog points, ModuleCatalog modules, IStringLocalizer text)
{
    public async Task<IReadOnlyDictionary<long, AuthorisedTask>> DescribeAsync(IReadOnlyList<Authorisation> records, CancellationToken ct = default)
    {
        var named = await names.NameAsync(records.Select(r => ((string?)r.TaskType, r.TaskId)), ct);
        return records.ToDictionary(r => r.Id, r =>
        {
            var record = r.TaskId is not null && named.TryGetValue((r.TaskType, r.TaskId), out var n) ? n : null;
            var module = modules.Find(r.TaskType.Split('.')[0]);
            var task = record?.Text ?? (module is null ? text["Task"].Value : text[module.DisplayName].Value);
            var pointNames = r.PointCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => points.Find(c) is { } p ? text[p.Description].Value : c).ToList();
            var reason = r.Reason is null ? null : ReviewsErrors.ReasonText(r.Reason) is { } words ? text[words].Value : r.Reason;
            return new AuthorisedTask(task, record?.Url, AmountOf(r.Summary), pointNames, reason);
        });
    }

    /// <summary>The summary's top-level amount or total (two decimals, as every canonical summary writes them), or null.</summary>
    internal static string? AmountOf(string summary)
    {
        try
        {
            using var json = JsonDocument.Parse(summary);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in (string[])["amount", "total"])
            {
                if (json.RootElement.TryGetProperty(name, out var value)
                    && decimal.TryParse(value.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                {
                    return Money.Display(amount);
                }
            }
        }
        catch (JsonException)
        {
            // A summary that is not JSON has no amount to show; the technical detail still shows it whole.
        }

        return null;
    }
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Modules.Outlets.Models;
using Admin.Modules.Outlets.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Admin.Modules.Outlets.ViewModels;

/// <summary>English labels (translated when shown) and badge styles for the outlet screens.</summary>
internal static class OutletLabels
{
    public static string Type(OutletType type) => type switch
    {
        OutletType.HeadOffice => "Head office",
        OutletType.Branch => "Branch",
        _ => "Outlet",
    };

    public static string TypeIcon(OutletType type) => type switch
    {
        OutletType.HeadOffice => "building",
        OutletType.Branch => "diagram-3",
        _ => "shop",
    };

    public static string Status(OutletStatus status) => status.ToString();

    public static string StatusBadge(OutletStatus status) => status switch
    {
        OutletStatus.Active => "text-bg-success",
        OutletStatus.Suspended => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    /// <summary>The URL segment of a status action: suspend, close, reopen.</summary>
    public static string Verb(OutletStatus target) => target switch
    {
        OutletStatus.Active => "reopen",
        OutletStatus.Suspended => "suspend",
        _ => "close",
    };

    /// <summary>The status a URL segment asks for, or null.</summary>
    public static OutletStatus? FromVerb(string? verb) => verb switch
    {
        "reopen" => OutletStatus.Active,
        "suspend" => OutletStatus.Suspended,
        "close" => OutletStatus.Closed,
        _ => null,
    };

    /// <summary>The button text of a status action.</summary>
    public static string Action(OutletStatus target) => target switch
    {
        OutletStatus.Active => "Reopen",
        OutletStatus.Suspended => "Suspend",
        _ => "Close outlet",
    };

    public static string ActionIcon(OutletStatus target) => target switch
    {
        OutletStatus.Active => "arrow-counterclockwise",
        OutletStatus.Suspended => "pause-circle",
        _ => "x-octagon",
    };

    /// <summary>The audit action of the history, in words.</summary>
    public static string History(string action) => action switch
    {
        "Outlet.Create" => "Created",
        "Outlet.Import" => "Imported from CSV",
        "Outlet.Update" => "Changed",
        "Outlet.Suspend" => "Suspended",
        "Outlet.Close" => "Closed",
        "Outlet.Reopen" => "Reopened",
        _ => action,
    };

    /// <summary>The label of a field as the audit trail names it (camelCase).</summary>
    public static string Field(string field) => field switch
    {
        "code" => "Outlet code",
        "name" => "Name",
        "shortName" => "Short name",
        "type" => "Type",
        "parent" => "Parent",
        "address" => "Address",
        "phone" => "Phone",
        "manager" => "Manager",
        "status" => "Status",
        "openedOn" => "Opened on",
        "closedOn" => "Closed on",
        "statusReason" => "Reason",
        "row" => "Row",
        "header" => "Header",
        "file" => "File",
        _ => field,
    };
}

/// <summary>The outlet list: filters (kept in the URL), one page, the next-page cursor.</summary>
public sealed class OutletListViewModel
{
    public string? Search { get; set; }
    public string? Status { get; set; }
    public string? Parent { get; set; }
    public string? Type { get; set; }
    public IReadOnlyList<OutletView> Outlets { get; set; } = [];
    public string? Next { get; set; }
    public bool IsFirstPage { get; set; } = true;
    public IReadOnlyList<OutletView> Parents { get; set; } = [];
    public bool CanManage { get; set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Parent) || !string.IsNullOrWhiteSpace(Type);

    /// <summary>The filters as query-string values (empty ones left out).</summary>
    public Dictionary<string, string?> Query() => new Dictionary<string, string?>
    {
        ["search"] = Search, ["status"] = Status, ["parent"] = Parent, ["type"] = Type,
    }.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);
}

/// <summary>The tree view.</summary>
public sealed class OutletTreeViewModel
{
    public IReadOnlyList<OutletNode> Roots { get; set; } = [];
    public bool CanManage { get; set; }
}

/// <summary>One field that an audited change altered.</summary>
public sealed record OutletChange(string Field, string? Before, string? After);

/// <summary>One line of an outlet's history.</summary>
public sealed record OutletHistoryEntry(AuditEvent Event, IReadOnlyList<OutletChange> Changes)
{
    /// <summary>The fields an event's before/after snapshots differ in (every field of a creation).</summary>
    public static OutletHistoryEntry From(AuditEvent e)
    {
        var before = Read(e.Before);
        var after = Read(e.After);
        var changes = after.Keys.Union(before.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => new OutletChange(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .ToList();
        return new OutletHistoryEntry(e, changes);
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    values[p.Name] = p.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => p.Value.GetString(),
                        _ => p.Value.GetRawText(),
                    };
                }
            }
        }
        catch (JsonException)
        {
            // A snapshot that is not an object is shown without its changes.
        }

        return values;
    }
}

/// <summary>An outlet's record page: header, details, history.</summary>
public sealed class OutletDetailsViewModel
{
    public required OutletView Outlet { get; init; }
    public int Children { get; init; }
    public IReadOnlyList<OutletHistoryEntry> History { get; init; } = [];
    public bool CanManage { get; init; }
}

/// <summary>The create and edit form. Every field is text, so that what the user typed comes back as typed.</summary>
public sealed class OutletFormViewModel
{
    [Display(Name = "Outlet code")]
    public string? Code { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Short name")]
    public string? ShortName { get; set; }

    [Display(Name = "Type")]
    public string? Type { get; set; }

    [Display(Name = "Parent")]
    public string? Parent { get; set; }

    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Manager")]
    public string? Manager { get; set; }

    [Display(Name = "Opened on")]
    public string? OpenedOn { get; set; }

    /// <summary>The version the form was read at (edit only).</summary>
    public string? Version { get; set; }

    [BindNever]
    public bool IsEdit { get; set; }

    /// <summary>The type the outlet has now (edit only): head office keeps its type and has no parent.</summary>
    [BindNever]
    public OutletType? CurrentType { get; set; }

    [BindNever]
    public IReadOnlyList<OutletView> Parents { get; set; } = [];

    /// <summary>After a stale edit: the values someone else saved meanwhile.</summary>
    [BindNever]
    public OutletView? Current { get; set; }

    public OutletFields ToFields() => new(Code, Name, ShortName, Type, Parent, Address, Phone, Manager, OpenedOn);

    public static OutletFormViewModel From(OutletView o) => new()
    {
        Code = o.Code, Name = o.Name, ShortName = o.ShortName, Type = o.Type.ToString(), Parent = o.ParentCode,
        Address = o.Address, Phone = o.Phone, Manager = o.Manager, OpenedOn = OutletFields.FormatDate(o.OpenedOn),
        Version = Kernel.Data.Versions.Format(o.Version), IsEdit = true, CurrentType = o.Type,
    };

    /// <summary>After a stale edit: the fields where the saved values differ from what the user typed.</summary>
    public IReadOnlyList<OutletChange> Differences()
    {
        if (Current is not { } c)
        {
            return [];
        }

        var mine = ToFields();
        static string? Norm(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        (string Field, string? Saved, string? Typed)[] fields =
        [
            ("name", c.Name, mine.Name), ("shortName", c.ShortName, mine.ShortName), ("type", c.Type.ToString(), mine.Type),
            ("parent", c.ParentCode, mine.Parent), ("address", c.Address, mine.Address), ("phone", c.Phone, mine.Phone),
            ("manager", c.Manager, mine.Manager), ("openedOn", OutletFields.FormatDate(c.OpenedOn), mine.OpenedOn),
        ];
        return fields.Where(f => Norm(f.Saved) != Norm(f.Typed)).Select(f => new OutletChange(f.Field, f.Saved, f.Typed)).ToList();
    }
}

/// <summary>Suspend, close or reopen: the outlet, the new status and the reason.</summary>
public sealed class OutletStatusViewModel
{
    [BindNever]
    public OutletView? Outlet { get; set; }

    [BindNever]
    public OutletStatus Target { get; set; }

    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public string? Version { get; set; }
}

/// <summary>The import screen and, after a refused file, its problems.</summary>
public sealed class OutletImportViewModel
{
    public IReadOnlyList<OutletImportProblem> Problems { get; set; } = [];
    public string? FileName { get; set; }
}

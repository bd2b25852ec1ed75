using System.Globalization;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Modules.Operators.Contracts;
using Admin.Modules.Outlets.Contracts;
using Admin.Modules.Printing.Contracts;
using Admin.Modules.Printing.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Admin.Modules.Printing.Services;

/// <summary>
/// Everything a form or voucher prints about one task: the owner's <see cref="PrintModel"/> with the outlet's name and the
/// network's local time added here.
/// </summary>
public sealed record PrintData(string TaskType, Guid TaskId, PrintModel Model, string OutletName, TimeSpan Offset)
{
    public Guid OutletId => Model.OutletId;
    public string OutletCode => Model.OutletCode;
    public string Receipt => Model.Receipt;
    public string CustomerName => Model.CustomerName ?? "";
    public decimal Total => Model.Total;

    /// <summary>The task's time in the network's local time, as printed (the document names the offset once).</summary>
    public DateTime LocalAt => Kernel.Time.LocalTimes.ToLocal(Model.AtUtc, Offset);

    /// <summary>The printed date: the task's own local date, else the local date of its time.</summary>
    public DateOnly LocalDate => Model.LocalDate ?? DateOnly.FromDateTime(LocalAt);

    /// <summary>Only the last four characters of an ID document stay readable (the rest as *).</summary>
    public static string Mask(string? id) => PrintModel.Mask(id);

    /// <summary>The text a voucher field of this value prints (items: one line per item; a kind's own values from the model).</summary>
    public string Value(string value, bool chinese) => value switch
    {
        VoucherValues.Date or VoucherValues.Year or VoucherValues.Month or VoucherValues.Day => LayoutGeometry.DatePart(value, LocalDate),
        VoucherValues.Receipt => Receipt,
        VoucherValues.Outlet => $"{OutletName} ({OutletCode})",
        VoucherValues.CustomerName => CustomerName,
        VoucherValues.CustomerCode => Model.CustomerCode ?? "",
        VoucherValues.AmountFigures => "¥" + Total.ToString("#,##0.00", CultureInfo.InvariantCulture),
        VoucherValues.AmountCapitals => Kernel.Money.ChineseAmount.ToCapitals(Total),
        VoucherValues.Operator => Model.Maker ?? "",
        VoucherValues.Reviewer => Model.Reviewer ?? "",
        VoucherValues.Items => string.Join("\n", Model.Items.Select(i => $"{(chinese ? i.NameZh : i.NameEn)} ×{i.Quantity}  {i.Collected.ToString("0.00", CultureInfo.InvariantCulture)}")),
        VoucherValues.PaymentMethod => chinese ? Model.PaymentMethodZh : Model.PaymentMethodEn,
        _ => Model.Values?.GetValueOrDefault(value) ?? "",
    };

    /// <summary>Sample data for the designer's preview and the benchmark: the kind's own sample, else a made-up fee receipt.</summary>
    public static PrintData Sample(VoucherKindInfo? kind)
    {
        var model = kind?.Sample ?? new PrintModel(
            "缴费", "Fee collection", Guid.Empty, "44010001", "44010001-000123", new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc),
            "C0001234", "王芳", "ResidentId", Mask("440106199001011234"), [],
            [new("Card fee", "工本费", 1, 20.00m, 20.00m), new("Deposit", "押金", 2, 60.00m, 60.00m), new("Service fee", "服务费", 1, 1154.50m, 1154.50m)],
            "Cash", "现金", 1234.50m, "op01", "op02", LocalDate: new DateOnly(2026, 12, 1));
        return new PrintData(kind?.TaskType ?? "sample", Guid.Empty, model, "广州天河营业厅", TimeSpan.FromHours(8));
    }
}

/// <summary>
/// The print sources the enabled modules registered (<see cref="IPrintSource"/>): which task types have a form, which voucher
/// kinds exist, and a task's print data for the caller (null: not found, another outlet's, or not the caller's to read).
/// </summary>
public sealed class PrintSources(
    IEnumerable<IPrintSource> sources, ModuleCatalog catalog, ModuleStates states, IOutletDirectory outlets, Kernel.Time.LocalClock clock,
    IHttpContextAccessor http, IAuthorizationService authorization, IOperatorDirectory operators)
{
    private readonly IReadOnlyList<IPrintSource> _sources = sources.ToList();

    private IEnumerable<IPrintSource> Enabled =>
        _sources.Where(s => catalog.FindByType(s.GetType()) is not { } m || states.IsEnabled(m.Id));

    /// <summary>
    /// Every registered voucher kind, in module order (the new-layout form selects the first). Layouts of a disabled module's
    /// kind stay designable (the setup recipe writes them before the modules' states exist); its tasks print nothing.
    /// </summary>
    public IReadOnlyList<VoucherKindInfo> Kinds => _sources.SelectMany(s => s.VoucherKinds).ToList();

    /// <summary>Every task type that has a form.</summary>
    public IReadOnlyList<string> TaskTypes => Enabled.SelectMany(s => s.TaskTypes).Order(StringComparer.Ordinal).ToList();

    /// <summary>The source of a task type as URLs write it (<c>fee-collection</c>; case and punctuation aside), or null.</summary>
    public (IPrintSource Source, string TaskType)? FindTask(string? text)
    {
        var wanted = Normalise(text);
        foreach (var source in Enabled)
        {
            if (source.TaskTypes.FirstOrDefault(t => Normalise(t) == wanted && wanted.Length > 0) is { } type)
            {
                return (source, type);
            }
        }

        return null;
    }

    /// <summary>A voucher kind by its name or URL form (<c>FeeReceipt</c>, <c>fee-receipt</c>), or null.</summary>
    public VoucherKindInfo? FindKind(string? text)
    {
        var wanted = Normalise(text);
        return wanted.Length == 0 ? null : Kinds.FirstOrDefault(k => Normalise(k.Name) == wanted);
    }

    /// <summary>The English label of a stored kind (its name when no enabled module registers it).</summary>
    public string KindLabel(string name) => Kinds.FirstOrDefault(k => k.Name == name)?.LabelEn ?? name;

    /// <summary>The values a field of a layout of this kind may print.</summary>
    public static IReadOnlyList<string> ValuesOf(VoucherKindInfo kind) => [.. VoucherValues.Common, .. kind.Values.Select(v => v.Name)];

    private static string Normalise(string? text) => string.Concat((text ?? "").Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();

    /// <summary>The task's data, or null when it does not exist, belongs to an outlet the caller may not see, or the caller may not read it.</summary>
    public async Task<PrintData?> LoadAsync(IPrintSource source, string taskType, Guid id, CancellationToken ct = default)
    {
        if (http.HttpContext?.User is not { } user || !(await authorization.AuthorizeAsync(user, null, new PermissionRequirement(source.Permission))).Succeeded)
        {
            return null;
        }

        if (await source.LoadAsync(taskType, id, ct) is not { } model)
        {
            return null;
        }

        var outlet = await outlets.FindAsync(model.OutletId, ct);
        model = await WithStaffNamesAsync(model, ct);
        return new PrintData(taskType, id, model, outlet?.Name ?? model.OutletCode, await clock.OffsetAsync(ct));
    }

    /// <summary>
    /// The maker and reviewer by display name with the login name after it, "王芳 (wf01)" (a person signs a voucher with their
    /// name). A login name is unique within its outlet: the task's outlet's operator first, else the only one of that name.
    /// </summary>
    private async Task<PrintModel> WithStaffNamesAsync(PrintModel model, CancellationToken ct)
    {
        string[] logins = [.. new[] { model.Maker, model.Reviewer }.OfType<string>().Where(l => l.Length > 0)];
        if (logins.Length == 0)
        {
            return model;
        }

        var found = await operators.FindByLoginNamesAsync(logins, ct);
        string? Name(string? login)
        {
            if (string.IsNullOrEmpty(login))
            {
                return login;
            }

            var matches = found.Where(o => o.LoginName == login).ToList();
            var match = matches.FirstOrDefault(o => o.OutletId == model.OutletId) ?? (matches.Count == 1 ? matches[0] : null);
            return match is null || match.DisplayName == login || string.IsNullOrWhiteSpace(match.DisplayName) ? login : $"{match.DisplayName} ({login})";
        }

        return model with { Maker = Name(model.Maker), Reviewer = Name(model.Reviewer) };
    }

    /// <summary>The data of the task a voucher of this kind prints, or null.</summary>
    public async Task<PrintData?> LoadAsync(VoucherKindInfo kind, Guid id, CancellationToken ct = default) =>
        FindTask(kind.TaskType) is { } found ? await LoadAsync(found.Source, found.TaskType, id, ct) : null;
}

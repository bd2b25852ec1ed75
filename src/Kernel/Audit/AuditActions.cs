using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Admin.Kernel.Audit;

/// <summary>
/// What an audit action is called, in English (the key of its zh-CN text in the module's <c>&lt;Id&gt;Texts</c>).
/// <paramref name="Module"/> null: the action is the kernel's and may be recorded under any module (a setting's change is
/// recorded under the module that owns the setting).
/// </summary>
public sealed record AuditActionName(string? Module, string Action, string Name);

/// <summary>
/// A module's audit actions (<c>&lt;Id&gt;AuditActions</c>, found by the kernel's scan): every action it records, with the
/// name the audit trail shows in place of the code. An action recorded without one is logged as an error, which the
/// generated suites (they fail on any error in the host's log) turn into a failing test.
/// </summary>
public interface IAuditActionProvider
{
    /// <summary>The module's actions.</summary>
    IEnumerable<AuditActionName> GetAuditActions();
}

/// <summary>Every declared audit action, by module and code.</summary>
public sealed class AuditActionCatalog
{
    private readonly Dictionary<(string, string), AuditActionName> _byKey = [];

    /// <summary>Collects the providers' actions.</summary>
    public AuditActionCatalog(IEnumerable<IAuditActionProvider> providers)
    {
        foreach (var a in providers.SelectMany(p => p.GetAuditActions()))
        {
            _byKey[(a.Module ?? "", a.Action)] = a;
        }
    }

    /// <summary>Every declared action.</summary>
    public IReadOnlyCollection<AuditActionName> All => _byKey.Values;

    /// <summary>The English name of an action recorded under a module, or null when it was never declared.</summary>
    public string? NameOf(string module, string action) =>
        _byKey.TryGetValue((module, action), out var a) || _byKey.TryGetValue(("", action), out a) ? a.Name : null;
}

/// <summary>
/// <c>&lt;audit-action module="@e.Module" action="@e.Action" /&gt;</c>: the action's name in the reader's language, the code
/// only in the tooltip (a person reads "收取支票", not <c>Cheque.Receive</c>).
/// </summary>
[HtmlTargetElement("audit-action", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AuditActionTagHelper(AuditActionCatalog actions, IStringLocalizer text) : TagHelper
{
    /// <summary>The module the event was recorded under.</summary>
    public string Module { get; set; } = "";

    /// <summary>The action's code.</summary>
    public string Action { get; set; } = "";

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("title", $"{Module} · {Action}");
        output.Attributes.SetAttribute("data-action", Action);
        output.Content.SetContent(actions.NameOf(Module, Action) is { } name ? text[name].Value : Action);
    }
}

/// <summary>
/// A module's audit actions with their names in both languages, in one place: <c>(code, English, 简体中文)</c>. Serves both the
/// catalog (<see cref="IAuditActionProvider"/>) and the translations (<see cref="Localization.ITextProvider"/>).
/// </summary>
public abstract class ModuleAuditActions : IAuditActionProvider, Localization.ITextProvider
{
    /// <summary>The module the actions are recorded under (null: any, for the kernel's own).</summary>
    protected abstract string? Module { get; }

    /// <summary>Every action the module records: its code, its English name, its Chinese name.</summary>
    protected abstract IEnumerable<(string Action, string English, string Chinese)> Actions { get; }

    /// <summary>
    /// The other words the module's audit records show: the kinds of record (<c>EntityType</c>, e.g. <c>FeeCollection</c>) and
    /// the summaries written as fixed English sentences.
    /// </summary>
    protected virtual IEnumerable<(string English, string Chinese)> RecordTexts => [];

    /// <inheritdoc />
    public string Culture => Localization.AdminCultures.Chinese;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Texts =>
        Actions.Select(a => (a.English, a.Chinese)).Concat(RecordTexts).DistinctBy(a => a.English).ToDictionary(a => a.English, a => a.Chinese);

    /// <inheritdoc />
    public IEnumerable<AuditActionName> GetAuditActions() => Actions.Select(a => new AuditActionName(Module, a.Action, a.English));
}

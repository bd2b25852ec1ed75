using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Admin.Kernel.Screens;

/// <summary>
/// Ties a form field to its error on the server, for every form whether it is written with <c>asp-for</c> or with a
/// plain <c>name</c> (the counter tasks' line fields): a field whose name has an error in ModelState gets
/// <c>is-invalid</c> (the red border), <c>aria-invalid="true"</c> and <c>aria-describedby</c> naming its message, the
/// <c>&lt;span asp-validation-for&gt;</c> that <see cref="FieldErrorMessageTagHelper"/> gives the id
/// <see cref="FieldErrors.MessageId"/>. Views register it with <c>@addTagHelper *, Admin.Kernel</c>.
/// </summary>
[HtmlTargetElement("input")]
[HtmlTargetElement("select")]
[HtmlTargetElement("textarea")]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>After MVC's input/select/textarea helpers, which write the name of an <c>asp-for</c> field.</summary>
    public override int Order => 1000;

    /// <summary>The view's context (ModelState).</summary>
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ViewData.ModelState.ErrorCount == 0
            || !output.Attributes.TryGetAttribute("name", out var nameAttribute)
            || (output.Attributes.TryGetAttribute("type", out var type) && string.Equals(type.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        var name = nameAttribute.Value?.ToString();
        if (string.IsNullOrEmpty(name) || !FieldErrors.Has(ViewContext, name))
        {
            return;
        }
        output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var messageId = FieldErrors.MessageId(name);
        var described = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() : null;
        var ids = (described ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!ids.Contains(messageId))
        {
            ids.Add(messageId);
        }
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', ids));
    }
}

/// <summary>
/// Gives a field's error message (<c>asp-validation-for</c>) the id its field's <c>aria-describedby</c> names and makes
/// it a live region, so the message is read with the field and the fields point at nothing that does not exist.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement("div", Attributes = "asp-validation-for")]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    /// <summary>After MVC's validation message helper, which writes <c>data-valmsg-for</c>.</summary>
    public override int Order => 1000;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.ContainsName("id")
            || !output.Attributes.TryGetAttribute("data-valmsg-for", out var forAttribute)
            || forAttribute.Value?.ToString() is not { Length: > 0 } name)
        {
            return;
        }
        output.Attributes.SetAttribute("id", FieldErrors.MessageId(name));
    }
}

/// <summary>How a field and its error message find each other.</summary>
public static class FieldErrors
{
    /// <summary>The id of the error message of the field named <paramref name="fieldName"/>: <c>Lines[0].Quantity</c> → <c>Lines_0__Quantity-error</c>.</summary>
    public static string MessageId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";

    /// <summary>Whether ModelState holds an error for the field named <paramref name="fieldName"/>.</summary>
    public static bool Has(ViewContext viewContext, string fieldName) =>
        viewContext.ViewData.ModelState.TryGetValue(fieldName, out var entry) && entry.Errors.Count > 0;

    /// <summary>
    /// The error message of a field written with a plain <c>name</c> (no model expression for <c>asp-validation-for</c>, e.g.
    /// in a loop): MVC's validation message for that name, with the id the field's <c>aria-describedby</c> names.
    /// <c>@Html.FieldErrorMessage("Card.Number")</c>.
    /// </summary>
    public static IHtmlContent FieldErrorMessage(this IHtmlHelper html, string fieldName) =>
        html.ValidationMessage(fieldName, null, new { @class = "invalid-feedback d-block", id = MessageId(fieldName) });
}

using Admin.Kernel.Localization;
using Admin.Modules.Operators.Models;
using Microsoft.Extensions.Localization;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// A role's name and description in the reader's language: the Chinese ones a recipe or head office gave it, else the
/// console's translation of the English text (the default roles' are in OperatorsTexts), else the English text.
/// </summary>
public static class RoleNames
{
    public static string Name(string? name, string? nameZh, IStringLocalizer text) =>
        LocalNames.IsChinese && !string.IsNullOrWhiteSpace(nameZh) ? nameZh : text[name ?? ""].Value;

    public static string? Description(string? description, string? descriptionZh, IStringLocalizer text) =>
        LocalNames.IsChinese && !string.IsNullOrWhiteSpace(descriptionZh) ? descriptionZh
        : string.IsNullOrEmpty(description) ? null : text[description].Value;

    public static string LocalName(this Role role, IStringLocalizer text) => Name(role.Name, role.NameZh, text);

    public static string? LocalDescription(this Role role, IStringLocalizer text) => Description(role.Description, role.DescriptionZh, text);
}

using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;

namespace Admin.Modules.Dictionaries.Models;

/// <summary>
/// One entry of a code table. The code is what records store, so once a record uses it (<see cref="Used"/>) it never
/// changes; an entry is never deleted, it is deactivated (forms stop offering it, records keep showing its name).
/// </summary>
public sealed class DictionaryEntry : IVersioned
{
    public const int MaxCode = 20;
    public const int MaxName = 60;

    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>True once a record stores the code (or the code is one of a module's enum values): the code is then fixed.</summary>
    public bool Used { get; set; }
    public long Version { get; set; }

    public LocalName Name => new(NameEn, NameZh);

    /// <summary>Letters, digits, '-' and '_' (a code travels to terminals and CSV files), at most <see cref="MaxCode"/>.</summary>
    public static OperationError? CheckCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return DictionariesErrors.CodeRequired();
        }

        var c = code.Trim();
        return c.Length > MaxCode ? DictionariesErrors.TooLong("code", MaxCode)
            : c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_') ? null
            : DictionariesErrors.CodeCharacters();
    }

    /// <summary>Checks both names: required, at most <see cref="MaxName"/>, no control characters.</summary>
    public static List<OperationError> CheckNames(string? en, string? zh)
    {
        var errors = new List<OperationError>();
        foreach (var (value, field) in new[] { (en, "nameEn"), (zh, "nameZh") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(DictionariesErrors.NameRequired(field));
            }
            else if (value.Trim().Length > MaxName)
            {
                errors.Add(DictionariesErrors.TooLong(field, MaxName));
            }
            else if (value.Any(char.IsControl))
            {
                errors.Add(DictionariesErrors.ControlCharacters(field));
            }
        }

        return errors;
    }

    /// <summary>Changes the code; refused once the code is used.</summary>
    public OperationResult ChangeCode(string code)
    {
        if (code == Code)
        {
            return OperationResult.Success();
        }

        if (Used)
        {
            return OperationResult.Conflict(DictionariesErrors.CodeUsed(Code));
        }

        Code = code;
        return OperationResult.Success();
    }

    /// <summary>Deactivates or reactivates the entry; asking for the state it is in is a conflict.</summary>
    public OperationResult SetActive(bool active)
    {
        if (active == Active)
        {
            return OperationResult.Conflict(active ? DictionariesErrors.AlreadyActive() : DictionariesErrors.AlreadyInactive());
        }

        Active = active;
        return OperationResult.Success();
    }
}

using System.Text.RegularExpressions;
using Admin.Kernel.Localization;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Admin.Kernel.Screens;

/// <summary>How a counter task's screen is told who is served: by the customer's code, by a card number, or not at all.</summary>
public enum CounterTaskPick
{
    /// <summary>The task serves no one customer (recording a bank arrival).</summary>
    None,

    /// <summary><c>?customer=&lt;code&gt;</c> (Counter's customer box, or a customer-code field).</summary>
    Customer,

    /// <summary><c>?card=&lt;number&gt;</c>.</summary>
    Card,
}

/// <summary>
/// Marks the GET action of a counter task's screen (issue 24's keyboard flow), so the host can list its counter tasks from
/// the endpoint metadata: <c>Screens/Generated/CounterTaskFlowTests</c> opens each after a pick, posts its task form empty
/// and checks the flow (focus on a task input, every error tied to its field, the primary action's shortcut key). Every
/// parameterless screen whose form moves money (<c>[Idempotent]</c>) must carry it.
/// <code>[HttpGet("topups/topup")] [CounterTaskScreen(CounterTaskPick.Customer, "topup-form")]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CounterTaskScreenAttribute(CounterTaskPick pick, string form) : Attribute
{
    /// <summary>How the screen is told who is served.</summary>
    public CounterTaskPick Pick { get; } = pick;

    /// <summary>The id of the task's form on the screen.</summary>
    public string Form { get; } = form;
}

/// <summary>
/// The form's field names for a task's error fields, where they differ from the API's (more than in case, which ModelState
/// ignores): renamed fields (<c>cheque.number</c> → <c>ChequeNumber</c>), a prefix (<c>name</c> → <c>Form.Name</c>), and
/// list rows the screen left out when blank (the task's <c>cards[1].amount</c> is the form's <c>Cards[3].Amount</c>), so
/// an error is shown beside, and focus goes to, the field the operator typed it in.
/// <code>ModelState.AddFormErrors(result, text, new FormFieldNames().Rename("primaryCard", "Card"));</code>
/// </summary>
public sealed partial class FormFieldNames
{
    private readonly Dictionary<string, string> _renames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string FormList, IReadOnlyList<int> Rows, Dictionary<string, string> Columns)> _lists = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _lines = new(StringComparer.OrdinalIgnoreCase);
    private string? _prefix;

    /// <summary>The task's <paramref name="field"/> is the form's <paramref name="formField"/>.</summary>
    public FormFieldNames Rename(string field, string formField)
    {
        _renames[field] = formField;
        return this;
    }

    /// <summary>Every other field is under <paramref name="prefix"/> on the form (<c>[Bind(Prefix = "Form")]</c>).</summary>
    public FormFieldNames Prefix(string prefix)
    {
        _prefix = prefix;
        return this;
    }

    /// <summary>
    /// The task's list <paramref name="list"/> (<c>cards[i].x</c>) is the form's <paramref name="formList"/>, its i-th element
    /// the form's row <c>rows[i]</c>, its element fields renamed by <paramref name="columns"/> (task name, form name).
    /// </summary>
    public FormFieldNames Rows(string list, string formList, IReadOnlyList<int> rows, params (string Field, string FormField)[] columns)
    {
        _lists[list] = (formList, rows, columns.ToDictionary(c => c.Field, c => c.FormField, StringComparer.OrdinalIgnoreCase));
        return this;
    }

    /// <summary>The task's list <paramref name="list"/> is one field of the form (a text area of lines): every element's error is its.</summary>
    public FormFieldNames Lines(string list, string formField)
    {
        _renames[list] = formField;
        _lines[list] = formField;
        return this;
    }

    /// <summary>The form's name of the task's <paramref name="field"/> ("" for an error of the whole form).</summary>
    public string Of(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        if (_renames.TryGetValue(field, out var renamed))
        {
            return renamed;
        }

        if (Element().Match(field) is { Success: true } whole && _lines.TryGetValue(whole.Groups["list"].Value, out var lines))
        {
            return lines;
        }

        if (Element().Match(field) is { Success: true } m && _lists.TryGetValue(m.Groups["list"].Value, out var list))
        {
            var i = int.Parse(m.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var row = i < list.Rows.Count ? list.Rows[i] : i;
            var column = m.Groups["column"].Value;
            var name = $"{list.FormList}[{row}]";
            return column.Length == 0 ? name : $"{name}.{(list.Columns.TryGetValue(column, out var c) ? c : column)}";
        }

        return _prefix is null ? field : $"{_prefix}.{field}";
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<i>\d{1,6})\](\.(?<column>[A-Za-z]+))?$")]
    private static partial Regex Element();
}

/// <summary>Task errors beside the form's own fields.</summary>
public static class FormFieldErrors
{
    /// <summary>Adds a failed result's errors, translated, under the form's names of their fields (see <see cref="FormFieldNames"/>).</summary>
    public static void AddFormErrors(this ModelStateDictionary modelState, OperationResult result, AdminText text, FormFieldNames fields)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(fields.Of(error.Field), text.Message(error));
        }
    }
}

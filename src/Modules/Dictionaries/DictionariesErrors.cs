using Admin.Kernel.Results;

namespace Admin.Modules.Dictionaries;

/// <summary>The Dictionaries module's messages (translated through <see cref="DictionariesTexts"/>).</summary>
internal static class DictionariesErrors
{
    public static OperationError KindUnknown() => new("dictionary.kindUnknown", "There is no such code table.", "kind");
    public static OperationError KindFixed() => new("dictionary.kindFixed", "The codes of this table are fixed by the console; only their names and whether they are offered can change.", "code");
    public static OperationError NotFound() => new("dictionary.notFound", "There is no such dictionary entry.");
    public static OperationError CodeRequired() => new("dictionary.codeRequired", "Enter the code.", "code");
    public static OperationError CodeCharacters() => new("dictionary.codeCharacters", "A code holds letters, digits, - and _ only.", "code");
    public static OperationError CodeTaken(string code) => new("dictionary.codeTaken", "This table already has the code {0}.", "code", code);
    public static OperationError CodeUsed(string code) => new("dictionary.codeUsed", "The code {0} is in use by records and can no longer change.", "code", code);
    public static OperationError NameRequired(string field) => new("dictionary.nameRequired", "Enter the name.", field);
    public static OperationError TooLong(string field, int max) => new("dictionary.tooLong", "At most {0} characters.", field, max);
    public static OperationError ControlCharacters(string field) => new("dictionary.controlCharacters", "Remove the control characters (tabs, line breaks) from this field.", field);
    public static OperationError OrderInvalid() => new("dictionary.orderInvalid", "The order is a whole number from 0 to 9999.", "order");
    public static OperationError AlreadyActive() => new("dictionary.alreadyActive", "This entry is already active.");
    public static OperationError AlreadyInactive() => new("dictionary.alreadyInactive", "This entry is already deactivated.");
    public static OperationError Unknown(string field, string code) => new("dictionary.unknownCode", "{0} is not an entry of this list; choose one of the list.", field, code);
    public static OperationError Inactive(string field, object name) => new("dictionary.inactiveCode", "{0} has been deactivated by head office; choose another entry.", field, name);
}

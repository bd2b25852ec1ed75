using System.Globalization;
using Admin.Kernel.Results;

namespace Admin.Modules.Ledger;

/// <summary>The Ledger module's messages (translated through <see cref="LedgerTexts"/>).</summary>
internal static class LedgerErrors
{
    public static OperationError TaskRequired() => new("ledger.taskRequired", "Name the task (type and id, at most 64 characters each) the entry belongs to.", "taskType");
    public static OperationError ReferenceTooLong(int max) => new("ledger.referenceTooLong", "The reference is at most {0} characters.", "reference", max);
    public static OperationError MemoInvalid() => new("ledger.memoInvalid", "The memo is 1 to 200 characters.", "memo");
    public static OperationError OutletRequired() => new("ledger.outletRequired", "Name the outlet where the entry happens.", "outletId");
    public static OperationError LineCount(int max) => new("ledger.lineCount", "An entry has 2 to {0} lines.", "lines", max);
    public static OperationError AmountZero(int line) => new("ledger.amountZero", "Line {0}: the amount is zero.", $"lines[{line - 1}].amount", line);
    public static OperationError AmountInvalid(int line) => new("ledger.amountInvalid", "Line {0}: an amount has at most two decimals and at most {1}.", $"lines[{line - 1}].amount", line, Format(Models.Fen.MaxAmount));
    public static OperationError Unbalanced(decimal debits, decimal credits) => new("ledger.unbalanced", "The lines do not balance: debits {0}, credits {1}.", "lines", Format(debits), Format(credits));
    public static OperationError OwnerRequired(int line, string kind) => new("ledger.ownerRequired", "Line {0}: a {1} account needs its owner.", $"lines[{line - 1}].account", line, kind);
    public static OperationError OwnerNotExpected(int line, string kind) => new("ledger.ownerNotExpected", "Line {0}: a {1} account belongs to the outlet and has no owner.", $"lines[{line - 1}].account", line, kind);
    public static OperationError MethodRequired(int line, string methods) => new("ledger.methodRequired", "Line {0}: a till is kept per payment method ({1}).", $"lines[{line - 1}].account", line, methods);
    public static OperationError MethodNotExpected(int line) => new("ledger.methodNotExpected", "Line {0}: only tills are kept per payment method.", $"lines[{line - 1}].account", line);
    public static OperationError AccountOutletRequired(int line) => new("ledger.accountOutletRequired", "Line {0}: name the outlet the account belongs to.", $"lines[{line - 1}].account", line);
    public static OperationError KindUnknown(string field) => new("ledger.kindUnknown", "There is no such kind of account.", field);
    public static OperationError OwnerInvalid() => new("ledger.ownerInvalid", "The owner is an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.", "owner");
    public static OperationError OutletUnknown() => new("ledger.outletUnknown", "There is no outlet with this code.", "outlet");
    public static OperationError EntryNotFound(long id) => new("ledger.entryNotFound", "There is no ledger entry {0}.", "corrects", id);
    public static OperationError DayClosed(DateOnly day, string outlet) =>
        new("ledger.dayClosed", "The day {0} is closed at outlet {1}: no task is dated in it any more.", null, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), outlet);
    public static OperationError AccountNotFound() => new("ledger.accountNotFound", "There is no such ledger account.");

    public static OperationError InsufficientFunds(string kind, Guid owner, decimal balance, decimal change) =>
        new("ledger.insufficientFunds", "The {0} account of {1} cannot go below zero: its balance is {2} and this entry takes {3}.", "lines",
            kind, owner.ToString("D"), Format(balance), Format(-change));

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

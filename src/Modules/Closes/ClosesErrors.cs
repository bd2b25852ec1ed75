using Admin.Kernel.Results;
using Admin.Modules.Closes.Services;

namespace Admin.Modules.Closes;

/// <summary>The closes' messages, in one place (translated through <see cref="ClosesTexts"/>).</summary>
internal static class ClosesErrors
{
    public static OperationError OutletOnly() => new("closes.outletOnly", "Shifts and days are closed at an outlet, by its own operators.");
    public static OperationError MethodUnknown(string field, string methods) => new("closes.methodUnknown", "A till is counted per payment method: {0}.", field, methods);
    public static OperationError DenominationInvalid() => new("closes.denominationInvalid", "Count each denomination (100, 50, 20, 10, 5, 1, 0.5, 0.1) as a whole number of notes or coins, at most 100000.", "denominations");
    public static OperationError DenominationsDisagree(decimal cash, decimal sum) => new("closes.denominationsDisagree", "The cash counted ({0}) is not what the denominations add up to ({1}).", "counted.Cash", cash, sum);
    public static OperationError CountRequired() => new("closes.countRequired", "Enter what you counted (0 where you hold nothing).", "counted.Cash");
    public static OperationError AmountRequired() => new("closes.amountRequired", "Enter the amount deposited at the bank (0 when none).", "amount");
    public static OperationError NothingToClose() => new("closes.nothingToClose", "Your till has seen no task since your last shift close: there is nothing to close.");
    public static OperationError TillMoved() => new("closes.tillMoved", "Your till changed while you counted (a task was posted meanwhile): count again.");
    public static OperationError DayInFuture(DateOnly day) => new("closes.dayInFuture", "The day {0} has not begun yet.", "day", day.ToString("yyyy-MM-dd"));
    public static OperationError DayTooOld(DateOnly earliest) => new("closes.dayTooOld", "A day is closed within {0} days: the earliest is {1}.", "day", DayCloses.MaxDaysBack, earliest.ToString("yyyy-MM-dd"));
    public static OperationError DayAlreadyClosed(DateOnly day) => new("closes.dayAlreadyClosed", "The day {0} is already closed at this outlet.", null, day.ToString("yyyy-MM-dd"));
    public static OperationError OpenShifts(string logins) => new("closes.openShifts", "These shifts are still open: {0}. Every shift of the day is closed first.", null, logins);
    public static OperationError SlipRequired() => new("closes.slipRequired", "Enter the bank deposit slip's number.", "slipNumber");
    public static OperationError TooLong(string field, int max) => new("closes.tooLong", "At most {0} characters.", field, max);
    public static OperationError HandoverAboveHeld(decimal held) => new("closes.handoverAboveHeld", "The outlet holds {0} in cash for handover: the deposit cannot be more.", "amount", held);
    public static OperationError NotFound() => new("closes.notFound", "There is no such close.");
    public static OperationError MonthInvalid() => new("closes.monthInvalid", "Enter the month as yyyy-MM.", "month");
    public static OperationError MonthInFuture(string month) => new("closes.monthInFuture", "The month {0} has not begun yet.", "month", month);
    public static OperationError MonthAlreadyClosed(string month) => new("closes.monthAlreadyClosed", "The month {0} is already closed at this outlet.", null, month);
    public static OperationError OpenDays(int count, string days) => new("closes.openDays", "{0} days of the month are not closed: {1}. Every day is closed first.", null, count, days);
    public static OperationError HeadOfficeOnly() => new("closes.headOfficeOnly", "Only head office reopens a closed day or month.");
    public static OperationError OutletUnknown() => new("closes.outletUnknown", "Enter the code of an outlet (not head office).", "outlet");
    public static OperationError KindInvalid() => new("closes.kindInvalid", "Choose a day or a month.", "kind");
    public static OperationError PeriodInvalid() => new("closes.periodInvalid", "Enter the day as yyyy-MM-dd or the month as yyyy-MM.", "period");
    public static OperationError ReasonRequired() => new("closes.reasonRequired", "Say why the period is reopened.", "reason");
    public static OperationError NotClosed(string period) => new("closes.notClosed", "{0} is not closed at this outlet: there is nothing to reopen.", null, period);
    public static OperationError MonthClosed(string month) => new("closes.monthClosed", "The month {0} is closed: reopen the month first.", null, month);
}

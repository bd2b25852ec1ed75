using Admin.Kernel.Results;

namespace Admin.Modules.Stations;

/// <summary>The Stations module's messages, in one place (translated through <see cref="StationsTexts"/>).</summary>
internal static class StationsErrors
{
    public static OperationError TerminalIdInvalid(int max) => new("terminal.idInvalid", "A terminal id is 4 to {0} letters and digits.", "terminalId", max);
    public static OperationError TerminalIdTaken(string id) => new("terminal.idTaken", "The terminal {0} is registered already.", "terminalId", id);
    public static OperationError StationCodeInvalid(int max) => new("terminal.stationCodeInvalid", "A station code is 1 to {0} letters and digits.", "stationCode", max);
    public static OperationError StationNameRequired(int max) => new("terminal.stationNameRequired", "Enter the station's name (at most {0} characters).", "stationName", max);
    public static OperationError OutletUnknown() => new("terminal.outletUnknown", "Enter the code of the outlet that settles this station's sales.", "outlet");
    public static OperationError MinutesInvalid(string field) => new("terminal.minutesInvalid", "Between 1 and 1440 minutes.", field);
    public static OperationError OfflineLimitInvalid() => new("terminal.offlineLimitInvalid", "An amount from 0.00 to 100000.00 with at most two decimals.", "offlineLimit");
    public static OperationError TerminalNotFound() => new("terminal.notFound", "There is no such terminal.");

    public static OperationError SignatureMissing() => new("stationBatch.signatureMissing", "The batch carries no signature: send X-Terminal-Signature with the HMAC-SHA256 of its canonical body (hex).", "signature");
    public static OperationError SignatureWrong() => new("stationBatch.signatureWrong", "The signature does not match the batch: it was changed on the way or signed with another key. Nothing was taken; send it again as signed.", "signature");
    public static OperationError TerminalUnknown() => new("stationBatch.terminalUnknown", "No active terminal has this id.", "terminal");
    public static OperationError BatchNoInvalid() => new("stationBatch.batchNoInvalid", "The batch number is 1 to 40 letters, digits, '-' or '_'.", "batchNo");
    public static OperationError CountMismatch(int count, int records) => new("stationBatch.incomplete", "The batch is incomplete: it announces {0} records and holds {1}. Nothing was taken; send the whole batch again.", "count", count, records);
    public static OperationError TooManyRecords(int max) => new("stationBatch.tooLarge", "A batch holds 1 to {0} records.", "records", max);
    public static OperationError RecordField(int index, string field, string message) => new("stationBatch.recordInvalid", message, $"records[{index}].{field}");
    public static OperationError SequenceTwice(long sequence) => new("stationBatch.sequenceTwice", "The sequence number {0} is in this batch twice.", "records", sequence);
    public static OperationError BatchNoReused(string batchNo) => new("stationBatch.batchNoReused", "The batch {0} was received before with other contents. Nothing was taken: a changed batch needs a new batch number.", "batchNo", batchNo);
    public static OperationError SequenceReused(long sequence) => new("stationBatch.sequenceReused", "The record {0} was received before with other contents. Nothing was taken.", "records", sequence);
    public static OperationError PurseChanged() => new("stationBatch.purseChanged", "A card's purse changed while the batch was posted. Nothing was taken; send the batch again.");

    public static OperationError CardNumberRequired() => new("unGrey.cardRequired", "Read, scan or type the card number.", "card");
    public static OperationError CardNotFound() => new("unGrey.cardNotFound", "There is no such card at this outlet.", "card");
    public static OperationError OutletOnly() => new("unGrey.outletOnly", "Un-grey is a counter task of the card's outlet.");
    public static OperationError GreyTerminalRequired() => new("unGrey.terminalRequired", "Enter the terminal id of the interrupted purchase (from the card's grey record).", "terminalId");
    public static OperationError GreySequenceRequired() => new("unGrey.sequenceRequired", "Enter the terminal's sequence number of the interrupted purchase.", "sequence");
    public static OperationError GreyTimeRequired() => new("unGrey.greyAtRequired", "Enter the time of the interrupted purchase (yyyy-MM-dd HH:mm).", "greyAt");
    public static OperationError GreyInFuture() => new("unGrey.greyAtFuture", "The time of the interrupted purchase is in the future.", "greyAt");
    public static OperationError RecordOfAnotherCard(string number) => new("unGrey.recordOfAnotherCard", "The terminal's record {0} is of another card.", "sequence", number);
    public static OperationError RecordNotGrey() => new("unGrey.recordNotGrey", "The terminal's record of this purchase is not grey: it was posted when received. Nothing to settle.", "sequence");
    public static OperationError AlreadyDone() => new("unGrey.alreadyDone", "This interrupted purchase was un-greyed before.", "sequence");
    public static OperationError WindowOpen(string until) => new("unGrey.windowOpen", "No terminal record of this purchase yet; it may still arrive until {0}. Without it the card can be released after that time.", "greyAt", until);
    public static OperationError PurseShort(decimal purse, decimal amount) => new("unGrey.purseShort", "The purse as last known ({0}) does not cover the purchase ({1}).", "card", purse, amount);

    public static OperationError HeadOfficeOnly() => new("unGrey.headOfficeOnly", "Only head office forces the un-grey of an internal card.");
    public static OperationError NotInternal(string number) => new("unGrey.notInternal", "The card {0} is not an internal card: only the network's own cards are un-greyed by force. Un-grey it at the card's outlet.", "card", number);
    public static OperationError ReasonRequired(int max) => new("unGrey.reasonRequired", "Say why the un-grey is forced (at most {0} characters).", "reason", max);

    public static OperationError PinLockCardRequired() => new("pinLock.cardInvalid", "The card number is 1 to 32 digits.", "card");
    public static OperationError PinLockCardUnknown() => new("pinLock.cardUnknown", "No card has this number.", "card");
    public static OperationError PinLockTimeInvalid() => new("pinLock.atInvalid", "The time the PIN was locked is missing or in the future (ISO 8601, UTC).", "at");

    public static OperationError DateRange() => new("stations.dateRange", "The dates are yyyy-MM-dd and the first is not after the second.", "from");
}

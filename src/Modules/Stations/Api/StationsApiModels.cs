using Admin.Kernel.Data;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Stations.Contracts;
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;

namespace Admin.Modules.Stations.Api;

/// <summary>A terminal to register or change; <c>version</c> on a change (409 when stale).</summary>
public sealed record TerminalRequest(
    string? TerminalId, string? StationCode, string? StationName, string? Outlet, int? UploadMinutes, int? BlockListMinutes, decimal? OfflineLimit, bool? Active, string? Version)
{
    internal TerminalInput ToInput() => new(TerminalId, StationCode, StationName, Outlet, UploadMinutes, BlockListMinutes, OfflineLimit, Active);
}

/// <summary>A terminal as head office sees it (never its key).</summary>
public sealed record TerminalDto(
    string TerminalId, string StationCode, string StationName, string Outlet, bool Active, int UploadMinutes, int BlockListMinutes, decimal OfflineLimit,
    long BlockListVersion, DateTime? BlockListFetchedAt, DateTime? LastContactAt, bool Silent, DateTime? FlaggedSilentAt, long HighestSequence, DateTime KeyIssuedAt,
    DateTime RegisteredAt, string Version)
{
    internal static TerminalDto From(TerminalView v) => new(v.Terminal.TerminalId, v.Terminal.StationCode, v.Terminal.StationName, v.Terminal.OutletCode, v.Terminal.Active,
        v.Terminal.UploadMinutes, v.Terminal.BlockListMinutes, v.Terminal.OfflineLimit, v.Terminal.BlockListVersion, v.Terminal.BlockListFetchedAt, v.Terminal.LastContactAt,
        v.Silent, v.FlaggedSilentAt, v.Terminal.HighestSequence, v.Terminal.KeyIssuedAt, v.Terminal.RegisteredAt, Versions.Format(v.Terminal.Version));
}

/// <summary>A silence the scheduled check flagged: since when the terminal was silent, when it was flagged, when it called again (null: still silent).</summary>
public sealed record SilenceDto(DateTime SilentSince, DateTime FlaggedAt, DateTime? EndedAt);

/// <summary>A terminal with its new key: 64 hex digits, answered this once.</summary>
public sealed record TerminalKeyDto(TerminalDto Terminal, string Key);

/// <summary>A page of terminals.</summary>
public sealed record TerminalListDto(IReadOnlyList<TerminalDto> Items, string? Next);

/// <summary>A sequence gap of a terminal.</summary>
public sealed record GapDto(long From, long To, DateTime FoundAt, DateTime? FilledAt);

/// <summary>A terminal with its open and filled gaps (latest 50), latest batches (20) and the silences the scheduled check flagged (20).</summary>
public sealed record TerminalDetailsDto(TerminalDto Terminal, IReadOnlyList<GapDto> Gaps, IReadOnlyList<BatchSummaryDto> Batches, IReadOnlyList<SilenceDto> Silences);

/// <summary>A batch as received.</summary>
public sealed record BatchSummaryDto(string BatchNo, DateTime ReceivedAt, string? ReceivedBy, int Records, int Posted, int Duplicates, int Grey, int Exceptions, int NewGaps)
{
    internal static BatchSummaryDto From(StationBatch b) => new(b.BatchNo, b.ReceivedAt, b.ReceivedBy, b.Records, b.Posted, b.Duplicates, b.GreyHeld, b.Exceptions, b.NewGaps);
}

/// <summary>The answer to a batch: counts, gaps found, records not posted; <c>replayed</c> when the batch was received before.</summary>
public sealed record BatchAnswerDto(
    string Terminal, string BatchNo, bool Replayed, int Records, int Posted, int Duplicates, int Grey, int Exceptions, IReadOnlyList<GapDto> Gaps, IReadOnlyList<RecordNote> NotPosted)
{
    internal static BatchAnswerDto From(BatchOutcome o) => new(o.Terminal, o.BatchNo, o.Replayed, o.Records, o.Posted, o.Duplicates, o.Grey, o.Exceptions,
        [.. o.Gaps.Select(g => new GapDto(g.From, g.To, default, null))], o.NotPosted);
}

/// <summary>The block-list changes after a version and the version to ask from next time.</summary>
public sealed record TerminalBlockListDto(IReadOnlyList<BlockListChange> Changes, long Version, bool More);

/// <summary>Un-grey: the card, the terminal id and sequence of the interrupted purchase, its time (UTC; needed when the terminal's record is missing), a review.</summary>
public sealed record UnGreyRequest(string? Card, string? TerminalId, long? Sequence, DateTime? GreyAt, ReviewCredentials? Review);

/// <summary>A forced un-grey of an internal card (head office): the card, the interrupted purchase (<c>greyAt</c> when no record arrived), the reason, a review.</summary>
public sealed record ForcedUnGreyRequest(string? Card, string? TerminalId, long? Sequence, DateTime? GreyAt, string? Reason, ReviewCredentials? Review);

/// <summary>An un-grey done: <c>settled</c> (debited from the terminal's record) or released (reviewed, nothing debited); <c>forced</c> by head office with its <c>reason</c>.</summary>
public sealed record UnGreyDto(Guid Id, string Card, string TerminalId, long Sequence, bool Settled, decimal Amount, long? EntryId, DateTime At, string? ReviewerLogin, bool Forced, string? Reason)
{
    internal static UnGreyDto From(UnGrey u) => new(u.Id, u.CardNumber, u.TerminalId, u.Sequence, u.Settled, u.Amount, u.EntryId, u.At, u.ReviewerLogin, u.Forced, u.Reason);
}

/// <summary>A page of the card's station transactions.</summary>
public sealed record CardTransactionsDto(IReadOnlyList<CardStationTransaction> Items, string? Next);

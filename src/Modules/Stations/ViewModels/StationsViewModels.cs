using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Stations.Contracts;
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.Services;

namespace Admin.Modules.Stations.ViewModels;

public sealed class TerminalListViewModel
{
    public string? Q { get; set; }
    public bool Silent { get; set; }
    public IReadOnlyList<TerminalView> Items { get; set; } = [];
    public string? Next { get; set; }
    public int SilentMinutes { get; set; }
    public bool CanManage { get; set; }
}

public sealed class TerminalFormViewModel
{
    public bool IsNew { get; set; }
    public string? TerminalId { get; set; }
    public string? StationCode { get; set; }
    public string? StationName { get; set; }
    public string? Outlet { get; set; }
    public int? UploadMinutes { get; set; } = 15;
    public int? BlockListMinutes { get; set; } = 5;
    public decimal? OfflineLimit { get; set; } = 1000m;
    public bool Active { get; set; } = true;
    public string? Version { get; set; }

    public TerminalInput ToInput() => new(TerminalId, StationCode, StationName, Outlet, UploadMinutes, BlockListMinutes, OfflineLimit, Active);

    public static TerminalFormViewModel Of(Terminal t) => new()
    {
        TerminalId = t.TerminalId, StationCode = t.StationCode, StationName = t.StationName, Outlet = t.OutletCode, UploadMinutes = t.UploadMinutes,
        BlockListMinutes = t.BlockListMinutes, OfflineLimit = t.OfflineLimit, Active = t.Active, Version = Kernel.Data.Versions.Format(t.Version),
    };
}

public sealed class TerminalKeyViewModel
{
    public required Terminal Terminal { get; init; }
    public required string Key { get; init; }
    public bool Rotated { get; init; }
}

public sealed class TerminalDetailsViewModel
{
    public required TerminalView View { get; init; }
    public IReadOnlyList<TerminalGap> Gaps { get; init; } = [];
    public IReadOnlyList<StationBatch> Batches { get; init; } = [];
    public IReadOnlyList<StationRecord> NotPosted { get; init; } = [];
    public IReadOnlyList<TerminalSilence> Silences { get; init; } = [];
    public bool CanManage { get; init; }
}

public class UnGreyViewModel
{
    /// <summary>The screen the grey records' "use this record" links open.</summary>
    public virtual string Screen => "~/stations/un-grey";

    public string? Card { get; set; }
    public string? TerminalId { get; set; }
    public string? Sequence { get; set; }
    /// <summary>Local time, <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public string? GreyAt { get; set; }
    public ReviewInput Review { get; set; } = new();
    public ReviewDialogModel? ReviewDialog { get; set; }
    public CardInfo? Found { get; set; }
    public decimal Purse { get; set; }
    public IReadOnlyList<StationRecord> GreyRecords { get; set; } = [];
    public IReadOnlyDictionary<Guid, string> TerminalIds { get; set; } = new Dictionary<Guid, string>();
}

/// <summary>Head office's forced un-grey of an internal card (3.27): the counter's fields and the reason.</summary>
public sealed class ForcedUnGreyViewModel : UnGreyViewModel
{
    public override string Screen => "~/stations/forced-un-grey";
    public string? Reason { get; set; }
}

public sealed class CardTransactionsViewModel
{
    public string? Card { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public CardInfo? Found { get; set; }
    public IReadOnlyList<CardStationTransaction> Items { get; set; } = [];
    public string? Next { get; set; }

    public Dictionary<string, string?> Query() => new()
    {
        ["card"] = Card, ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

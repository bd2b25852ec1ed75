using Admin.Kernel.Data;

namespace Admin.Modules.Stations.Models;

/// <summary>
/// A station terminal (终端参数 5.11): the station it stands in, its id, the HMAC key it signs its batches with (kept protected,
/// shown once), its parameters, the block-list version it last fetched and when it last called. The outlet is the one that
/// settles the station's sales (its <c>SalesClearing</c> account).
/// </summary>
public sealed class Terminal : IVersioned
{
    public const int MaxTerminalId = 16;
    public const int MaxStationCode = 16;
    public const int MaxStationName = 100;

    public Guid Id { get; set; }
    public string TerminalId { get; set; } = "";
    public string StationCode { get; set; } = "";
    public string StationName { get; set; } = "";
    public Guid OutletId { get; set; }
    public string OutletCode { get; set; } = "";
    /// <summary>The HMAC-SHA256 key, protected with the host's data-protection keys.</summary>
    public string ProtectedKey { get; set; } = "";
    public DateTime KeyIssuedAt { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>Minutes between the terminal's uploads of its records.</summary>
    public int UploadMinutes { get; set; } = 15;
    /// <summary>Minutes between the terminal's block-list updates.</summary>
    public int BlockListMinutes { get; set; } = 5;
    /// <summary>The most one purchase may take while the terminal is offline (CNY).</summary>
    public decimal OfflineLimit { get; set; } = 1000m;
    public long BlockListVersion { get; set; }
    public DateTime? BlockListFetchedAt { get; set; }
    public DateTime? LastContactAt { get; set; }
    /// <summary>The highest record sequence number received.</summary>
    public long HighestSequence { get; set; }
    public DateTime RegisteredAt { get; set; }
    public long Version { get; set; }

    /// <summary>Silent: no contact since <paramref name="silentAfter"/> (never called counts from registration).</summary>
    public static bool IsSilent(DateTime? lastContact, DateTime registeredAt, DateTime now, TimeSpan silentAfter) =>
        now - (lastContact ?? registeredAt) > silentAfter;
}

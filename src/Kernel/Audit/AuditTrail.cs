using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Microsoft.Extensions.Logging;

namespace Admin.Kernel.Audit;

/// <summary>What a module reports to the audit trail. Before/After are serialised as JSON.</summary>
public sealed record AuditRecord(
    string Module,
    string Action,
    string? EntityType = null,
    string? EntityId = null,
    object? Before = null,
    object? After = null,
    string? Summary = null)
{
    /// <summary>Overrides the operator (for sign-in events, before anyone is signed in).</summary>
    public Guid? OperatorId { get; init; }
    /// <summary>Overrides the operator login name.</summary>
    public string? OperatorLogin { get; init; }
    /// <summary>Overrides the outlet.</summary>
    public Guid? OutletId { get; init; }
    /// <summary>Overrides the outlet code.</summary>
    public string? OutletCode { get; init; }
}

/// <summary>
/// The audit trail every module writes to. <see cref="Record"/> adds the event to the current unit of work,
/// so it commits (or rolls back) with the change it describes.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds an event to the current unit of work; the caller's SaveChanges commits it.</summary>
    void Record(AuditRecord record);
}

internal sealed partial class AuditTrail(AdminDbContext db, ICurrentOperator current, TimeProvider clock, AuditActionCatalog actions, ILogger<AuditTrail> log) : IAuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record(AuditRecord record)
    {
        if (actions.NameOf(record.Module, record.Action) is null)
        {
            // Recorded all the same (the change happened); the audit trail would show a code instead of words.
            Undeclared(log, record.Module, record.Action);
        }

        db.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            OperatorId = record.OperatorId ?? current.OperatorId,
            OperatorLogin = Truncate(record.OperatorLogin ?? current.LoginName, 64),
            OutletId = record.OutletId ?? current.OutletId,
            OutletCode = Truncate(record.OutletCode ?? current.OutletCode, 8),
            Module = record.Module,
            Action = record.Action,
            EntityType = record.EntityType,
            EntityId = Truncate(record.EntityId, 64),
            ClientIp = current.ClientIp,
            Before = record.Before is null ? null : JsonSerializer.Serialize(record.Before, Json),
            After = record.After is null ? null : JsonSerializer.Serialize(record.After, Json),
            Summary = Truncate(record.Summary, 1000),
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit action {Action} of module {Module} has no name: declare it in the module's IAuditActionProvider (<Id>AuditActions) and translate the name in its Texts")]
    private static partial void Undeclared(ILogger logger, string module, string action);

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Kernel.Audit;

/// <summary>One audited action. Append-only: the code has no update or delete path.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public Guid? OutletId { get; set; }
    public string? OutletCode { get; set; }
    public string Module { get; set; } = "";
    public string Action { get; set; } = "";
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? ClientIp { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Summary { get; set; }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("Kernel_AuditEvents");
        builder.Property(e => e.OperatorLogin).HasMaxLength(64);
        builder.Property(e => e.OutletCode).HasMaxLength(8);
        builder.Property(e => e.Module).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.EntityType).HasMaxLength(64);
        builder.Property(e => e.EntityId).HasMaxLength(64);
        builder.Property(e => e.ClientIp).HasMaxLength(64);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.HasIndex(e => new { e.Module, e.Id });
        builder.HasIndex(e => new { e.OutletCode, e.Id });
        builder.HasIndex(e => new { e.OperatorLogin, e.Id });
        builder.HasIndex(e => e.OccurredAt);
    }
}

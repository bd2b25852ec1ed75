using Admin.Modules.Allocations.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Allocations.Data;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("Allocations_Allocations");
        builder.Property(a => a.OutletCode).HasMaxLength(20);
        builder.Property(a => a.CustomerCode).HasMaxLength(30);
        builder.Property(a => a.CustomerName).HasMaxLength(100);
        builder.Property(a => a.PrimaryCardNumber).HasMaxLength(19);
        builder.Property(a => a.TemplateName).HasMaxLength(60);
        builder.Property(a => a.Total).HasPrecision(18, 2);
        builder.Property(a => a.OperatorLogin).HasMaxLength(64);
        builder.HasIndex(a => a.CustomerId);
        builder.HasIndex(a => new { a.OutletId, a.At });
        builder.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.AllocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationLineConfiguration : IEntityTypeConfiguration<AllocationLine>
{
    public void Configure(EntityTypeBuilder<AllocationLine> builder)
    {
        builder.ToTable("Allocations_Lines");
        builder.Property(l => l.CardNumber).HasMaxLength(19);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.HasIndex(l => l.CardId);
    }
}

internal sealed class AllocationTemplateConfiguration : IEntityTypeConfiguration<AllocationTemplate>
{
    public void Configure(EntityTypeBuilder<AllocationTemplate> builder)
    {
        builder.ToTable("Allocations_Templates");
        builder.Property(t => t.Name).HasMaxLength(60);
        builder.Property(t => t.Mode).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.ChangedBy).HasMaxLength(64);
        builder.HasIndex(t => new { t.CustomerId, t.Name }).IsUnique();
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AllocationTemplateLineConfiguration : IEntityTypeConfiguration<AllocationTemplateLine>
{
    public void Configure(EntityTypeBuilder<AllocationTemplateLine> builder)
    {
        builder.ToTable("Allocations_TemplateLines");
        builder.Property(l => l.CardNumber).HasMaxLength(19);
        builder.Property(l => l.Value).HasPrecision(18, 2);
    }
}

internal sealed class PurseTransferConfiguration : IEntityTypeConfiguration<PurseTransfer>
{
    public void Configure(EntityTypeBuilder<PurseTransfer> builder)
    {
        builder.ToTable("Allocations_PurseTransfers");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(t => t.VoidReason).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.OutletCode).HasMaxLength(20);
        builder.Property(t => t.CardNumber).HasMaxLength(19);
        builder.Property(t => t.Amount).HasPrecision(18, 2);
        builder.Property(t => t.OperatorLogin).HasMaxLength(64);
        builder.Property(t => t.SettledBy).HasMaxLength(64);
        // One transfer in transit per card: the chip is in one reader at a time, and a second start would hold money twice.
        builder.HasIndex(t => t.CardId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_Allocations_PurseTransfers_PendingCard");
        builder.HasIndex(t => new { t.Status, t.ExpiresAt });
        builder.HasIndex(t => new { t.OutletId, t.StartedAt });
    }
}

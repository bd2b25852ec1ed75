using Admin.Modules.Transfers.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Transfers.Data;

internal sealed class ManualTransferConfiguration : IEntityTypeConfiguration<ManualTransfer>
{
    public void Configure(EntityTypeBuilder<ManualTransfer> builder)
    {
        builder.ToTable("Transfers_ManualTransfers");
        builder.Ignore(t => t.Reference);
        builder.Property(t => t.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(t => t.FromKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ToKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.FromCode).HasMaxLength(30).IsRequired();
        builder.Property(t => t.ToCode).HasMaxLength(30).IsRequired();
        builder.Property(t => t.FromCustomerCode).HasMaxLength(20);
        builder.Property(t => t.ToCustomerCode).HasMaxLength(20);
        builder.Property(t => t.Amount).HasPrecision(18, 2);
        builder.Property(t => t.Reason).HasMaxLength(ManualTransfer.MaxReason).IsRequired();
        builder.Property(t => t.OperatorLogin).HasMaxLength(50);
        builder.Property(t => t.ReviewerLogin).HasMaxLength(50);
        builder.HasIndex(t => new { t.OutletId, t.Number }).IsUnique();
        builder.HasIndex(t => t.At);
        builder.HasIndex(t => new { t.FromOwnerId, t.At });
        builder.HasIndex(t => new { t.ToOwnerId, t.At });
    }
}

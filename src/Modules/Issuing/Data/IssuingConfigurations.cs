using Admin.Modules.Issuing.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Issuing.Data;

internal sealed class IssueRecordConfiguration : IEntityTypeConfiguration<IssueRecord>
{
    public void Configure(EntityTypeBuilder<IssueRecord> builder)
    {
        builder.ToTable("Issuing_Records");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.OutletCode).HasMaxLength(20);
        builder.Property(r => r.CustomerCode).HasMaxLength(30);
        builder.Property(r => r.CustomerName).HasMaxLength(100);
        builder.Property(r => r.BuyerName).HasMaxLength(100);
        builder.Property(r => r.BuyerIdType).HasMaxLength(30);
        builder.Property(r => r.BuyerIdNumber).HasMaxLength(30);
        builder.Property(r => r.PaymentMethod).HasMaxLength(20);
        builder.Property(r => r.Total).HasPrecision(18, 2);
        builder.Property(r => r.OperatorLogin).HasMaxLength(64);
        builder.Property(r => r.ReviewerLogin).HasMaxLength(64);
        builder.Ignore(r => r.Receipt);
        builder.HasIndex(r => new { r.OutletId, r.ReceiptNumber }).IsUnique();
        builder.HasIndex(r => r.CustomerId);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.IssueRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IssueLineConfiguration : IEntityTypeConfiguration<IssueLine>
{
    public void Configure(EntityTypeBuilder<IssueLine> builder)
    {
        builder.ToTable("Issuing_Lines");
        builder.Property(l => l.CardNumber).HasMaxLength(19);
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.Property(l => l.NameEn).HasMaxLength(100);
        builder.Property(l => l.NameZh).HasMaxLength(100);
        builder.Property(l => l.Schedule).HasPrecision(18, 2);
        builder.Property(l => l.Collected).HasPrecision(18, 2);
        builder.HasIndex(l => l.CardId);
    }
}

internal sealed class SecondaryIssueLockConfiguration : IEntityTypeConfiguration<SecondaryIssueLock>
{
    public void Configure(EntityTypeBuilder<SecondaryIssueLock> builder)
    {
        builder.ToTable("Issuing_SecondaryLocks");
        builder.HasKey(l => l.CustomerId);
    }
}

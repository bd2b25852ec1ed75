using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Counter.Data;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Counter_Customers");
        builder.Property(c => c.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.IdType).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.IdNumber).HasMaxLength(30).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Address).HasMaxLength(200);
        builder.Property(c => c.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.OutletId, c.Code });
        builder.HasIndex(c => c.IdNumber);
        builder.HasIndex(c => c.Phone);
    }
}

internal sealed class OutletSequenceConfiguration : IEntityTypeConfiguration<OutletSequence>
{
    public void Configure(EntityTypeBuilder<OutletSequence> builder)
    {
        builder.ToTable("Counter_Sequences");
        builder.HasKey(s => new { s.OutletId, s.Name });
        builder.Property(s => s.Name).HasMaxLength(30);
    }
}

internal sealed class FeeItemConfiguration : IEntityTypeConfiguration<FeeItem>
{
    public void Configure(EntityTypeBuilder<FeeItem> builder)
    {
        builder.ToTable("Counter_FeeItems");
        builder.Property(f => f.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.NameEn).HasMaxLength(100).IsRequired();
        builder.Property(f => f.NameZh).HasMaxLength(100).IsRequired();
        builder.HasMany(f => f.Amounts).WithOne().HasForeignKey(a => a.FeeItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeeAmountConfiguration : IEntityTypeConfiguration<FeeAmount>
{
    public void Configure(EntityTypeBuilder<FeeAmount> builder)
    {
        builder.ToTable("Counter_FeeAmounts");
        builder.Property(a => a.Amount).HasPrecision(18, 2);
        builder.Property(a => a.RecordedBy).HasMaxLength(50);
        builder.HasIndex(a => new { a.FeeItemId, a.EffectiveFrom }).IsUnique();
    }
}

internal sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.ToTable("Counter_PaymentMethods");
        builder.Property(p => p.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.NameEn).HasMaxLength(50).IsRequired();
        builder.Property(p => p.NameZh).HasMaxLength(50).IsRequired();
    }
}

internal sealed class FeeCollectionConfiguration : IEntityTypeConfiguration<FeeCollection>
{
    public void Configure(EntityTypeBuilder<FeeCollection> builder)
    {
        builder.ToTable("Counter_FeeCollections");
        builder.Ignore(c => c.Receipt);
        builder.Property(c => c.OutletCode).HasMaxLength(8).IsRequired();
        builder.HasIndex(c => new { c.OutletId, c.ReceiptNumber }).IsUnique();
        builder.Property(c => c.CustomerCode).HasMaxLength(20).IsRequired();
        builder.Property(c => c.CustomerName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.PaymentMethod).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Total).HasPrecision(18, 2);
        builder.Property(c => c.OperatorLogin).HasMaxLength(50);
        builder.Property(c => c.ReviewerLogin).HasMaxLength(50);
        builder.Property(c => c.Summary).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.InvoiceTitle).HasMaxLength(2000);
        builder.Ignore(c => c.TitleCopy);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.FeeCollectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.At);
        builder.HasIndex(c => c.CustomerId);
    }
}

internal sealed class FeeCollectionLineConfiguration : IEntityTypeConfiguration<FeeCollectionLine>
{
    public void Configure(EntityTypeBuilder<FeeCollectionLine> builder)
    {
        builder.ToTable("Counter_FeeCollectionLines");
        builder.Property(l => l.FeeCode).HasMaxLength(20).IsRequired();
        builder.Property(l => l.FeeNameEn).HasMaxLength(100).IsRequired();
        builder.Property(l => l.FeeNameZh).HasMaxLength(100).IsRequired();
        builder.Property(l => l.UnitAmount).HasPrecision(18, 2);
        builder.Property(l => l.ScheduleAmount).HasPrecision(18, 2);
        builder.Property(l => l.CollectedAmount).HasPrecision(18, 2);
    }
}

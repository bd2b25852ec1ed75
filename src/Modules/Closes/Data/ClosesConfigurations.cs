using Admin.Modules.Closes.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Closes.Data;

internal sealed class ShiftCloseConfiguration : IEntityTypeConfiguration<ShiftClose>
{
    public void Configure(EntityTypeBuilder<ShiftClose> builder)
    {
        builder.ToTable("Closes_ShiftCloses");
        builder.Property(s => s.OutletCode).HasMaxLength(20);
        builder.Property(s => s.OperatorLogin).HasMaxLength(64);
        builder.Property(s => s.Number).HasMaxLength(100);
        builder.Property(s => s.Expected).HasPrecision(18, 2);
        builder.Property(s => s.Counted).HasPrecision(18, 2);
        builder.Property(s => s.Difference).HasPrecision(18, 2);
        builder.Property(s => s.Tolerance).HasPrecision(18, 2);
        builder.Property(s => s.ReviewerLogin).HasMaxLength(64);
        builder.Property(s => s.Denominations).HasMaxLength(200);
        builder.Property(s => s.Note).HasMaxLength(ShiftClose.MaxNote);
        builder.HasIndex(s => s.Number).IsUnique();
        builder.HasIndex(s => new { s.OutletId, s.Day });
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ShiftCloseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShiftCloseLineConfiguration : IEntityTypeConfiguration<ShiftCloseLine>
{
    public void Configure(EntityTypeBuilder<ShiftCloseLine> builder)
    {
        builder.ToTable("Closes_ShiftCloseLines");
        builder.Property(l => l.PaymentMethod).HasMaxLength(16);
        builder.Property(l => l.Expected).HasPrecision(18, 2);
        builder.Property(l => l.Counted).HasPrecision(18, 2);
        builder.Ignore(l => l.Difference);
    }
}

internal sealed class DayCloseConfiguration : IEntityTypeConfiguration<DayClose>
{
    public void Configure(EntityTypeBuilder<DayClose> builder)
    {
        builder.ToTable("Closes_DayCloses");
        builder.Property(d => d.OutletCode).HasMaxLength(20);
        builder.Property(d => d.ClosedBy).HasMaxLength(64);
        builder.Property(d => d.SlipNumber).HasMaxLength(DayClose.MaxSlip);
        builder.Property(d => d.HandoverAmount).HasPrecision(18, 2);
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.HasIndex(d => new { d.OutletId, d.Day }).IsUnique();
        builder.HasIndex(d => new { d.Day, d.OutletCode });
    }
}

internal sealed class MonthCloseConfiguration : IEntityTypeConfiguration<MonthClose>
{
    public void Configure(EntityTypeBuilder<MonthClose> builder)
    {
        builder.ToTable("Closes_MonthCloses");
        builder.Property(m => m.OutletCode).HasMaxLength(20);
        builder.Property(m => m.ClosedBy).HasMaxLength(64);
        builder.Property(m => m.Hash).HasMaxLength(64);
        builder.HasIndex(m => new { m.OutletId, m.Month }).IsUnique();
        builder.HasIndex(m => new { m.Month, m.OutletCode });
    }
}

internal sealed class PeriodReopeningConfiguration : IEntityTypeConfiguration<PeriodReopening>
{
    public void Configure(EntityTypeBuilder<PeriodReopening> builder)
    {
        builder.ToTable("Closes_PeriodReopenings");
        builder.Property(r => r.OutletCode).HasMaxLength(20);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.ReopenedBy).HasMaxLength(64);
        builder.Property(r => r.ReviewerLogin).HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(PeriodReopening.MaxReason);
        builder.Property(r => r.OldHash).HasMaxLength(64);
        builder.Property(r => r.OldClosedBy).HasMaxLength(64);
        builder.HasIndex(r => new { r.OutletId, r.Period });
        builder.HasIndex(r => r.ReopenedAt);
    }
}

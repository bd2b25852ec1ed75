using Admin.Modules.Printing.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Printing.Data;

internal sealed class VoucherLayoutConfiguration : IEntityTypeConfiguration<VoucherLayout>
{
    public void Configure(EntityTypeBuilder<VoucherLayout> builder)
    {
        builder.ToTable("Printing_Layouts");
        builder.Property(l => l.Code).HasMaxLength(VoucherLayout.CodeMax).IsRequired();
        builder.Property(l => l.Name).HasMaxLength(VoucherLayout.NameMax).IsRequired();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.ImageContentType).HasMaxLength(40);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.HasIndex(l => new { l.Kind, l.IsActive });
    }
}

internal sealed class LayoutVersionConfiguration : IEntityTypeConfiguration<LayoutVersion>
{
    public void Configure(EntityTypeBuilder<LayoutVersion> builder)
    {
        builder.ToTable("Printing_LayoutVersions");
        builder.Property(v => v.PaperWidthMm).HasPrecision(6, 1);
        builder.Property(v => v.PaperHeightMm).HasPrecision(6, 1);
        builder.Property(v => v.FieldsJson).IsRequired();
        builder.Property(v => v.CreatedBy).HasMaxLength(50);
        builder.Ignore(v => v.Fields);
        builder.HasIndex(v => new { v.LayoutId, v.Number }).IsUnique();
        builder.HasOne<VoucherLayout>().WithMany().HasForeignKey(v => v.LayoutId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PrinterCalibrationConfiguration : IEntityTypeConfiguration<PrinterCalibration>
{
    public void Configure(EntityTypeBuilder<PrinterCalibration> builder)
    {
        builder.ToTable("Printing_Calibrations");
        builder.Property(c => c.OffsetXMm).HasPrecision(5, 1);
        builder.Property(c => c.OffsetYMm).HasPrecision(5, 1);
        builder.Property(c => c.ChangedBy).HasMaxLength(50);
        builder.HasIndex(c => new { c.OutletId, c.LayoutId }).IsUnique();
        builder.HasOne<VoucherLayout>().WithMany().HasForeignKey(c => c.LayoutId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherPrintConfiguration : IEntityTypeConfiguration<VoucherPrint>
{
    public void Configure(EntityTypeBuilder<VoucherPrint> builder)
    {
        builder.ToTable("Printing_VoucherPrints");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Receipt).HasMaxLength(40).IsRequired();
        builder.Property(p => p.OperatorLogin).HasMaxLength(50);
        builder.Property(p => p.ReviewerLogin).HasMaxLength(50);
        builder.Ignore(p => p.IsReprint);
        // One original per task and kind; two operators printing at once: one wins, the other is a reprint.
        builder.HasIndex(p => new { p.Kind, p.TaskId, p.PrintNumber }).IsUnique();
        builder.HasOne<VoucherLayout>().WithMany().HasForeignKey(p => p.LayoutId).OnDelete(DeleteBehavior.Restrict);
    }
}

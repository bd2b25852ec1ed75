using Admin.Modules.Reports.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Reports.Data;

internal sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>
{
    public void Configure(EntityTypeBuilder<ReportRun> builder)
    {
        builder.ToTable("Reports_Runs");
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.OutletFilter).HasMaxLength(ReportRun.MaxOutlet);
        builder.Property(r => r.RequestedBy).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.Message).HasMaxLength(500);
        builder.HasIndex(r => new { r.OutletId, r.RequestedAt });
        builder.HasIndex(r => r.RequestedAt);
    }
}

using Admin.Modules.Checks.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Checks.Data;

internal sealed class CheckRunConfiguration : IEntityTypeConfiguration<CheckRun>
{
    public void Configure(EntityTypeBuilder<CheckRun> builder)
    {
        builder.ToTable("Checks_Runs");
        builder.Ignore(r => r.JobKey);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.OutletCode).HasMaxLength(8);
        builder.Property(r => r.RequestedBy).HasMaxLength(64);
        builder.Property(r => r.Message).HasMaxLength(400);
        builder.HasIndex(r => r.RequestedAt);
        builder.HasIndex(r => r.DayClosedAt);
    }
}

internal sealed class CheckFindingConfiguration : IEntityTypeConfiguration<CheckFinding>
{
    public void Configure(EntityTypeBuilder<CheckFinding> builder)
    {
        builder.ToTable("Checks_Findings");
        builder.Property(f => f.Rule).HasMaxLength(64).IsRequired();
        builder.Property(f => f.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(f => f.Operator).HasMaxLength(64);
        builder.Property(f => f.Message).HasMaxLength(300).IsRequired();
        builder.Property(f => f.Args).HasMaxLength(4000).IsRequired();
        builder.Property(f => f.Amount).HasPrecision(18, 2);
        builder.Property(f => f.Links).HasMaxLength(8000).IsRequired();
        builder.HasOne<CheckRun>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.RunId, f.Rule, f.Id });
        builder.HasIndex(f => new { f.OutletId, f.Day });
    }
}

internal sealed class CloseReminderConfiguration : IEntityTypeConfiguration<CloseReminder>
{
    public void Configure(EntityTypeBuilder<CloseReminder> builder)
    {
        builder.ToTable("Checks_CloseReminders");
        builder.Property(r => r.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(r => r.Kind).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Operator).HasMaxLength(64);
        builder.HasIndex(r => new { r.OutletId, r.Kind });
    }
}

using Admin.Modules.BatchTopUps.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.BatchTopUps.Data;

internal sealed class BatchTopUpListConfiguration : IEntityTypeConfiguration<BatchTopUpList>
{
    public void Configure(EntityTypeBuilder<BatchTopUpList> builder)
    {
        builder.ToTable("BatchTopUps_Lists");
        builder.Property(l => l.Number).HasMaxLength(40);
        builder.Property(l => l.OutletCode).HasMaxLength(20);
        builder.Property(l => l.CustomerCode).HasMaxLength(30);
        builder.Property(l => l.CustomerName).HasMaxLength(100);
        builder.Property(l => l.Total).HasPrecision(18, 2);
        builder.Property(l => l.ContentHash).HasMaxLength(64);
        builder.Property(l => l.Note).HasMaxLength(200);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.MakerLogin).HasMaxLength(64);
        builder.Property(l => l.ReviewerLogin).HasMaxLength(64);
        builder.Property(l => l.ClosedBy).HasMaxLength(64);
        builder.Property(l => l.RefusalCode).HasMaxLength(64);
        builder.Property(l => l.RefusalMessage).HasMaxLength(500);
        builder.Ignore(l => l.JobKey);
        builder.Ignore(l => l.CanVoid);
        builder.Ignore(l => l.CanReview);
        builder.HasIndex(l => new { l.OutletId, l.Number }).IsUnique();
        builder.HasIndex(l => new { l.OutletId, l.SubmittedAt, l.Id });
        builder.HasIndex(l => l.CustomerId);
        builder.ReferencesCustomer(l => l.CustomerId);
        builder.HasMany(l => l.Lines).WithOne().HasForeignKey(l => l.ListId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BatchTopUpLineConfiguration : IEntityTypeConfiguration<BatchTopUpLine>
{
    public void Configure(EntityTypeBuilder<BatchTopUpLine> builder)
    {
        builder.ToTable("BatchTopUps_Lines");
        builder.Property(l => l.CardNumber).HasMaxLength(19);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.HasIndex(l => new { l.ListId, l.LineNo }).IsUnique();
        builder.HasIndex(l => l.CardId);
    }
}

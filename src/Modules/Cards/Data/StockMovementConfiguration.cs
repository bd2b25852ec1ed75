using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("Cards_StockMovements");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.FromPlace).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ToPlace).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.OperatorLogin).HasMaxLength(64);
        builder.Property(m => m.ReviewerLogin).HasMaxLength(64);
        builder.Property(m => m.Note).HasMaxLength(200);
        builder.HasIndex(m => m.TaskId);
        builder.HasIndex(m => new { m.ProductId, m.First });
        builder.HasIndex(m => new { m.FromOutletId, m.Id });
        builder.HasIndex(m => new { m.ToOutletId, m.Id });
        builder.HasOne<CardProduct>().WithMany().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class StockRequestConfiguration : IEntityTypeConfiguration<StockRequest>
{
    public void Configure(EntityTypeBuilder<StockRequest> builder)
    {
        builder.ToTable("Cards_StockRequests");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequestedBy).HasMaxLength(64);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.Ignore(r => r.Outstanding);
        builder.HasIndex(r => new { r.OutletId, r.Status });
        builder.HasOne<CardProduct>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

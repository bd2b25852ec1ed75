using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class StockBlockConfiguration : IEntityTypeConfiguration<StockBlock>
{
    public void Configure(EntityTypeBuilder<StockBlock> builder)
    {
        builder.ToTable("Cards_StockBlocks");
        builder.Property(b => b.Place).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.OperatorLogin).HasMaxLength(64);
        builder.Ignore(b => b.Count);
        builder.Ignore(b => b.Holder);
        // Finding the block that holds a number: by product and first serial (blocks of a product never overlap).
        builder.HasIndex(b => new { b.ProductId, b.First });
        // Counting an outlet's stock per product and place.
        builder.HasIndex(b => new { b.OutletId, b.Place, b.ProductId });
        builder.HasIndex(b => b.CardId);
        builder.HasOne<CardProduct>().WithMany().HasForeignKey(b => b.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

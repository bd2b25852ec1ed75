using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class BlockListEntryConfiguration : IEntityTypeConfiguration<BlockListEntry>
{
    public void Configure(EntityTypeBuilder<BlockListEntry> builder)
    {
        builder.ToTable("Cards_BlockList");
        builder.HasKey(e => e.Version);
        // The version comes from the head row, never from the database's own sequence (whose order is not commit order).
        builder.Property(e => e.Version).ValueGeneratedNever();
        builder.Property(e => e.Number).HasMaxLength(Card.MaxNumber).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(BlockListEntry.MaxReason).IsRequired();
        builder.HasIndex(e => e.CardId);
    }
}

internal sealed class BlockListHeadConfiguration : IEntityTypeConfiguration<BlockListHead>
{
    public void Configure(EntityTypeBuilder<BlockListHead> builder)
    {
        builder.ToTable("Cards_BlockListHead");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasData(new BlockListHead { Id = BlockListHead.TheId, Version = 0 });
    }
}

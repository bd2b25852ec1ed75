using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class NumberRangeConfiguration : IEntityTypeConfiguration<NumberRange>
{
    public void Configure(EntityTypeBuilder<NumberRange> builder)
    {
        builder.ToTable("Cards_NumberRanges");
        builder.Property(r => r.FirstNumber).HasMaxLength(CardNumbering.MaxLength).IsRequired();
        builder.Property(r => r.LastNumber).HasMaxLength(CardNumbering.MaxLength).IsRequired();
        builder.Property(r => r.RegisteredBy).HasMaxLength(64);
        builder.Ignore(r => r.Count);
        builder.HasIndex(r => new { r.NumberLength, r.FirstNumber });
        builder.HasIndex(r => new { r.ProductId, r.First });
        builder.HasOne<CardProduct>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

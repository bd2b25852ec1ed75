using Admin.Modules.Cards.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> builder)
    {
        builder.ToTable("Cards_Cards");
        builder.Property(c => c.Number).HasMaxLength(Card.MaxNumber).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.HolderName).HasMaxLength(Card.MaxHolder);
        builder.Property(c => c.VehiclePlate).HasMaxLength(Card.MaxPlate);
        builder.Property(c => c.Notes).HasMaxLength(Card.MaxNotes);
        builder.Property(c => c.OutletCode).HasMaxLength(20);
        builder.Property(c => c.OperatorLogin).HasMaxLength(64);
        builder.Property(c => c.FaceValue).HasPrecision(18, 2);
        // A number is issued once: the stock's block version keeps two tasks from issuing it, this index is the last word.
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => c.PrimaryCardId);
        builder.HasIndex(c => new { c.OutletId, c.IssuedAt });
        builder.HasOne<CardProduct>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Card>().WithMany().HasForeignKey(c => c.PrimaryCardId).OnDelete(DeleteBehavior.Restrict);
        builder.ReferencesCustomer(c => c.CustomerId);
    }
}

using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cards.Data;

internal sealed class CardProductConfiguration : IEntityTypeConfiguration<CardProduct>
{
    public void Configure(EntityTypeBuilder<CardProduct> builder)
    {
        builder.ToTable("Cards_Products");
        builder.Property(p => p.Code).HasMaxLength(CardProduct.MaxCode).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(CardProduct.MaxName).IsRequired();
        builder.Property(p => p.NameZh).HasMaxLength(CardProduct.MaxName).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Prefix).HasMaxLength(CardNumbering.MaxLength).IsRequired();
        builder.Property(p => p.CheckDigit).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.BalanceCap).HasPrecision(18, 2);
        builder.Property(p => p.RealNameThreshold).HasPrecision(18, 2);
        builder.Property(p => p.CompanyCashLimit).HasPrecision(18, 2);
        builder.Property(p => p.IndividualCashLimit).HasPrecision(18, 2);
        builder.Property(p => p.FaceValues).HasMaxLength(400).IsRequired();
        builder.Ignore(p => p.Numbering);
        builder.Ignore(p => p.FaceValueList);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

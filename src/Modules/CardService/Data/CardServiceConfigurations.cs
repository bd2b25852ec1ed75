using Admin.Modules.CardService.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.CardService.Data;

internal sealed class LossReportConfiguration : IEntityTypeConfiguration<LossReport>
{
    public void Configure(EntityTypeBuilder<LossReport> builder)
    {
        builder.ToTable("CardService_LossReports");
        builder.Property(r => r.CardNumber).HasMaxLength(19).IsRequired();
        builder.Property(r => r.OutletCode).HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ReportedBy).HasMaxLength(64);
        builder.Property(r => r.ClosedBy).HasMaxLength(64);
        builder.HasIndex(r => new { r.CardId, r.ReportedAt });
    }
}

internal sealed class ReplacementConfiguration : IEntityTypeConfiguration<Replacement>
{
    public void Configure(EntityTypeBuilder<Replacement> builder)
    {
        builder.ToTable("CardService_Replacements");
        builder.Property(r => r.OldNumber).HasMaxLength(19).IsRequired();
        builder.Property(r => r.NewNumber).HasMaxLength(19).IsRequired();
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.OutletCode).HasMaxLength(20);
        builder.Property(r => r.OperatorLogin).HasMaxLength(64);
        builder.Property(r => r.PurseMovedBy).HasMaxLength(64);
        builder.Property(r => r.CardAmount).HasPrecision(18, 2);
        builder.Property(r => r.DepositAmount).HasPrecision(18, 2);
        builder.Property(r => r.PurseAmount).HasPrecision(18, 2);
        builder.Property(r => r.Fee).HasPrecision(18, 2);
        builder.Property(r => r.FeePaymentMethod).HasMaxLength(16);
        // A card is replaced once: a second replacement of the same card racing the first fails here.
        builder.HasIndex(r => r.OldCardId).IsUnique();
        builder.HasIndex(r => r.NewCardId).IsUnique();
        builder.HasIndex(r => new { r.PurseMovedAt, r.PurseDueAt });
    }
}

internal sealed class CardRestrictionConfiguration : IEntityTypeConfiguration<CardRestriction>
{
    public void Configure(EntityTypeBuilder<CardRestriction> builder)
    {
        builder.ToTable("CardService_Restrictions");
        builder.Property(r => r.CardNumber).HasMaxLength(19).IsRequired();
        builder.Property(r => r.AllowedProducts).HasMaxLength(CardRestriction.MaxProducts).IsRequired();
        builder.Property(r => r.PerPurchase).HasPrecision(18, 2);
        builder.Property(r => r.PerDay).HasPrecision(18, 2);
        builder.Property(r => r.ChangedBy).HasMaxLength(64);
        builder.Ignore(r => r.ProductCodes);
        // One set of restrictions per card: two first saves racing end in one row and a 409.
        builder.HasIndex(r => r.CardId).IsUnique();
    }
}

internal sealed class CardPinConfiguration : IEntityTypeConfiguration<CardPin>
{
    public void Configure(EntityTypeBuilder<CardPin> builder)
    {
        builder.ToTable("CardService_Pins");
        builder.Property(p => p.Hash).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Salt).HasMaxLength(32).IsRequired();
        builder.Property(p => p.ChangedBy).HasMaxLength(64);
        builder.HasIndex(p => p.CardId).IsUnique();
    }
}

using Admin.Modules.CustomerAccounts.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.CustomerAccounts.Data;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("CustomerAccounts_Refunds");
        builder.Ignore(r => r.Receipt);
        builder.Ignore(r => r.PayableOwner);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(r => r.CustomerCode).HasMaxLength(20);
        builder.Property(r => r.CustomerName).HasMaxLength(100);
        builder.Property(r => r.CardNumber).HasMaxLength(19);
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.Method).HasMaxLength(16).IsRequired();
        builder.Property(r => r.BankName).HasMaxLength(Refund.MaxBank);
        builder.Property(r => r.BankAccount).HasMaxLength(Refund.MaxAccount);
        builder.Property(r => r.AccountName).HasMaxLength(Refund.MaxBank);
        builder.Property(r => r.Reason).HasMaxLength(Refund.MaxReason);
        builder.Property(r => r.ReasonCode).HasMaxLength(Refund.MaxReasonCode);
        builder.Property(r => r.OperatorLogin).HasMaxLength(50);
        builder.Property(r => r.ReviewerLogin).HasMaxLength(50);
        builder.Property(r => r.PaidBy).HasMaxLength(50);
        builder.HasIndex(r => new { r.OutletId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.OutletId, r.At });
        builder.HasIndex(r => new { r.Status, r.At });
        builder.HasIndex(r => new { r.CustomerId, r.At });
        builder.HasIndex(r => new { r.CardId, r.Kind });
    }
}

internal sealed class CreditRatingConfiguration : IEntityTypeConfiguration<CreditRating>
{
    public void Configure(EntityTypeBuilder<CreditRating> builder)
    {
        builder.ToTable("CustomerAccounts_CreditRatings");
        builder.HasKey(r => r.CustomerId);
        builder.Property(r => r.CustomerCode).HasMaxLength(20).IsRequired();
        builder.Property(r => r.CustomerName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Rating).HasMaxLength(8).IsRequired();
        builder.Property(r => r.Limit).HasPrecision(18, 2);
        builder.Property(r => r.SetBy).HasMaxLength(50);
        builder.HasIndex(r => new { r.OutletId, r.CustomerCode });
    }
}

internal sealed class ArrivalConfiguration : IEntityTypeConfiguration<Arrival>
{
    public void Configure(EntityTypeBuilder<Arrival> builder)
    {
        builder.ToTable("CustomerAccounts_Arrivals");
        builder.Ignore(a => a.Reference);
        builder.Property(a => a.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(a => a.Amount).HasPrecision(18, 2);
        builder.Property(a => a.BankReference).HasMaxLength(Arrival.MaxReference).IsRequired();
        builder.Property(a => a.Payer).HasMaxLength(Arrival.MaxPayer).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(Arrival.MaxNote);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RecordedBy).HasMaxLength(50);
        builder.Property(a => a.CustomerCode).HasMaxLength(20);
        builder.Property(a => a.CustomerName).HasMaxLength(100);
        builder.Property(a => a.MatchedBy).HasMaxLength(50);
        // One bank transfer is recorded once, whoever records it.
        builder.HasIndex(a => a.BankReference).IsUnique();
        builder.HasIndex(a => new { a.OutletId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.RecordedAt });
        builder.HasIndex(a => new { a.OutletId, a.Status, a.RecordedAt });
    }
}

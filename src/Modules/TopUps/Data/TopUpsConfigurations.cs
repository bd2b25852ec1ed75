using Admin.Modules.TopUps.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.TopUps.Data;

internal sealed class TopUpReceiptConfiguration : IEntityTypeConfiguration<TopUpReceipt>
{
    public void Configure(EntityTypeBuilder<TopUpReceipt> builder)
    {
        builder.ToTable("TopUps_Receipts");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.OutletCode).HasMaxLength(20);
        builder.Property(r => r.AccountOutletCode).HasMaxLength(20);
        builder.Property(r => r.CustomerCode).HasMaxLength(30);
        builder.Property(r => r.CustomerName).HasMaxLength(100);
        builder.Property(r => r.CardNumber).HasMaxLength(19);
        builder.Property(r => r.PaymentMethod).HasMaxLength(20);
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.Reference).HasMaxLength(64);
        builder.Property(r => r.PayerName).HasMaxLength(100);
        builder.Property(r => r.PayerIdNumber).HasMaxLength(30);
        builder.Property(r => r.OperatorLogin).HasMaxLength(64);
        builder.Property(r => r.CorrectedBy).HasMaxLength(64);
        builder.Property(r => r.CorrectionReviewer).HasMaxLength(64);
        builder.Property(r => r.CorrectionReason).HasMaxLength(TopUpReceipt.MaxReason);
        builder.Ignore(r => r.Receipt);
        builder.Ignore(r => r.OntoCustomerAccount);
        builder.HasIndex(r => new { r.OutletId, r.ReceiptNumber }).IsUnique();
        builder.HasIndex(r => new { r.At, r.OutletCode, r.ReceiptNumber });
        builder.HasIndex(r => r.LedgerEntryId).IsUnique();
        builder.HasIndex(r => r.CustomerId);
        builder.HasIndex(r => r.CardId);
    }
}

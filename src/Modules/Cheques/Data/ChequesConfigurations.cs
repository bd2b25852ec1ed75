using Admin.Modules.Cheques.Models;
using Admin.Modules.Counter.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Cheques.Data;

internal sealed class ChequeConfiguration : IEntityTypeConfiguration<Cheque>
{
    public void Configure(EntityTypeBuilder<Cheque> builder)
    {
        builder.ToTable("Cheques_Cheques");
        builder.Ignore(c => c.Receipt);
        builder.Ignore(c => c.Credited);
        builder.Property(c => c.OutletCode).HasMaxLength(8).IsRequired();
        builder.Property(c => c.CustomerCode).HasMaxLength(20).IsRequired();
        builder.Property(c => c.CustomerName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Number).HasMaxLength(Cheque.NumberMax).IsRequired();
        builder.Property(c => c.DrawerName).HasMaxLength(Cheque.NameMax).IsRequired();
        builder.Property(c => c.DrawerBank).HasMaxLength(Cheque.NameMax).IsRequired();
        builder.Property(c => c.BankKey).HasMaxLength(Cheque.NameMax).IsRequired();
        builder.Property(c => c.DrawerAccount).HasMaxLength(Cheque.AccountMax);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.Property(c => c.Purpose).HasMaxLength(20).IsRequired();
        builder.Property(c => c.ReceivedBy).HasMaxLength(50);
        builder.Property(c => c.ClearedBy).HasMaxLength(50);
        builder.Property(c => c.BouncedBy).HasMaxLength(50);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.BounceReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.BounceNote).HasMaxLength(Cheque.NoteMax);
        builder.ReferencesCustomer(c => c.CustomerId);

        // The last defence against receiving one cheque twice: one not-bounced cheque per drawer bank and number.
        builder.HasIndex(c => new { c.BankKey, c.Number }).IsUnique().HasFilter("\"Status\" <> 'Bounced'").HasDatabaseName("IX_Cheques_Cheques_Live");
        builder.HasIndex(c => new { c.OutletId, c.ReceiptNumber }).IsUnique();
        // The query's order is (ReceivedAt, OutletCode, ReceiptNumber) descending; the main filters have an index that keeps it.
        builder.HasIndex(c => new { c.ReceivedAt, c.OutletCode, c.ReceiptNumber });
        builder.HasIndex(c => new { c.OutletCode, c.ReceivedAt, c.ReceiptNumber });
        builder.HasIndex(c => new { c.OutletId, c.ReceivedAt });
        builder.HasIndex(c => new { c.CustomerId, c.ReceivedAt });
        builder.HasIndex(c => new { c.CustomerCode, c.ReceivedAt });
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        builder.HasIndex(c => c.Number);
        builder.HasIndex(c => new { c.CustomerId, c.Status, c.BouncedOn });
    }
}

internal sealed class ChequeEventConfiguration : IEntityTypeConfiguration<ChequeEvent>
{
    public void Configure(EntityTypeBuilder<ChequeEvent> builder)
    {
        builder.ToTable("Cheques_Events");
        builder.Property(e => e.Kind).HasMaxLength(16).IsRequired();
        builder.Property(e => e.OperatorLogin).HasMaxLength(50);
        builder.Property(e => e.ReviewerLogin).HasMaxLength(50);
        builder.Property(e => e.BalanceChange).HasPrecision(18, 2);
        builder.Property(e => e.Note).HasMaxLength(400);
        builder.HasOne<Cheque>().WithMany().HasForeignKey(e => e.ChequeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ChequeId, e.At });
        builder.HasIndex(e => new { e.OperatorId, e.At });
        // The outlet's day journal reads an outlet's events of one day.
        builder.HasIndex(e => new { e.OutletId, e.At });
    }
}

internal sealed class CreditedChequeConfiguration : IEntityTypeConfiguration<CreditedCheque>
{
    public void Configure(EntityTypeBuilder<CreditedCheque> builder)
    {
        builder.ToTable("Cheques_Credits");
        builder.HasKey(x => x.ChequeId);
        builder.HasOne<Cheque>().WithOne().HasForeignKey<CreditedCheque>(x => x.ChequeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.CustomerId);
    }
}

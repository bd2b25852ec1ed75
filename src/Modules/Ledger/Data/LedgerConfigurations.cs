using Admin.Modules.Ledger.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Ledger.Data;

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> builder)
    {
        builder.ToTable("Ledger_Accounts");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Method).HasMaxLength(16);
        builder.Ignore(a => a.Ref);
        // One account per kind, owner, method and outlet: get-or-create relies on it (INSERT ... ON CONFLICT DO NOTHING).
        builder.HasIndex(a => new { a.Kind, a.OwnerId, a.Method, a.OutletId }).IsUnique();
        builder.HasIndex(a => a.OwnerId);
        builder.HasIndex(a => new { a.OutletId, a.Kind });
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("Ledger_Entries");
        builder.Property(e => e.TaskType).HasMaxLength(64);
        builder.Property(e => e.TaskId).HasMaxLength(64);
        builder.Property(e => e.OperatorLogin).HasMaxLength(64);
        builder.Property(e => e.Memo).HasMaxLength(200);
        builder.Property(e => e.Reference).HasMaxLength(64);
        builder.HasIndex(e => new { e.TaskType, e.TaskId });
        builder.HasIndex(e => e.CorrectsEntryId);
        // Day reports, seals and period reports read entries by instant (and outlet).
        builder.HasIndex(e => new { e.At, e.OutletId });
        builder.HasOne<LedgerEntry>().WithMany().HasForeignKey(e => e.CorrectsEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerLineConfiguration : IEntityTypeConfiguration<LedgerLine>
{
    public void Configure(EntityTypeBuilder<LedgerLine> builder)
    {
        builder.ToTable("Ledger_Lines");
        builder.HasOne<LedgerAccount>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.AccountId, l.Id });
        builder.HasIndex(l => new { l.EntryId, l.LineNo }).IsUnique();
    }
}

internal sealed class LedgerShiftMarkConfiguration : IEntityTypeConfiguration<LedgerShiftMark>
{
    public void Configure(EntityTypeBuilder<LedgerShiftMark> builder)
    {
        builder.ToTable("Ledger_ShiftMarks");
        builder.Property(m => m.TaskId).HasMaxLength(64);
        builder.HasIndex(m => new { m.OutletId, m.OperatorId, m.LastEntryId });
    }
}

internal sealed class LedgerClosedDayConfiguration : IEntityTypeConfiguration<LedgerClosedDay>
{
    public void Configure(EntityTypeBuilder<LedgerClosedDay> builder)
    {
        builder.ToTable("Ledger_ClosedDays");
        // One row per outlet and day: two closes of one day at once cannot both commit.
        builder.HasKey(d => new { d.OutletId, d.Day });
        builder.Property(d => d.TaskId).HasMaxLength(64);
    }
}

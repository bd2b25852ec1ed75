using Admin.Modules.Stations.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Stations.Data;

internal sealed class TerminalConfiguration : IEntityTypeConfiguration<Terminal>
{
    public void Configure(EntityTypeBuilder<Terminal> builder)
    {
        builder.ToTable("Stations_Terminals");
        builder.Property(t => t.TerminalId).HasMaxLength(Terminal.MaxTerminalId).IsRequired();
        builder.HasIndex(t => t.TerminalId).IsUnique();
        builder.Property(t => t.StationCode).HasMaxLength(Terminal.MaxStationCode).IsRequired();
        builder.Property(t => t.StationName).HasMaxLength(Terminal.MaxStationName).IsRequired();
        builder.Property(t => t.OutletCode).HasMaxLength(16).IsRequired();
        builder.Property(t => t.ProtectedKey).HasMaxLength(1000).IsRequired();
        builder.Property(t => t.OfflineLimit).HasPrecision(18, 2);
        builder.HasIndex(t => new { t.StationCode, t.TerminalId });
    }
}

internal sealed class StationRecordConfiguration : IEntityTypeConfiguration<StationRecord>
{
    public void Configure(EntityTypeBuilder<StationRecord> builder)
    {
        builder.ToTable("Stations_Records");
        builder.HasKey(r => r.Id);
        // What makes a record sent twice the same record: it is acknowledged, never posted twice.
        builder.HasIndex(r => new { r.TerminalId, r.Sequence }).IsUnique();
        // The card's station transactions (3.14), newest first, keyset by (At, Id).
        builder.HasIndex(r => new { r.CardId, r.At, r.Id });
        builder.HasIndex(r => new { r.CardNumber, r.Status });
        builder.Property(r => r.CardNumber).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Product).HasMaxLength(StationRecord.MaxProduct).IsRequired();
        builder.Property(r => r.Quantity).HasPrecision(18, 3);
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.BalanceAfter).HasPrecision(18, 2);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Problem).HasMaxLength(64);
    }
}

internal sealed class StationBatchConfiguration : IEntityTypeConfiguration<StationBatch>
{
    public void Configure(EntityTypeBuilder<StationBatch> builder)
    {
        builder.ToTable("Stations_Batches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.BatchNo).HasMaxLength(40).IsRequired();
        builder.HasIndex(b => new { b.TerminalId, b.BatchNo }).IsUnique();
        builder.Property(b => b.BodyHash).HasMaxLength(64).IsRequired();
        builder.Property(b => b.ReceivedBy).HasMaxLength(120);
    }
}

internal sealed class TerminalGapConfiguration : IEntityTypeConfiguration<TerminalGap>
{
    public void Configure(EntityTypeBuilder<TerminalGap> builder)
    {
        builder.ToTable("Stations_Gaps");
        builder.HasIndex(g => new { g.TerminalId, g.From });
        builder.Ignore(g => g.Missing);
    }
}

internal sealed class UnGreyConfiguration : IEntityTypeConfiguration<UnGrey>
{
    public void Configure(EntityTypeBuilder<UnGrey> builder)
    {
        builder.ToTable("Stations_UnGreys");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.CardNumber).HasMaxLength(32).IsRequired();
        builder.Property(u => u.TerminalId).HasMaxLength(Terminal.MaxTerminalId).IsRequired();
        builder.Property(u => u.Amount).HasPrecision(18, 2);
        builder.Property(u => u.OperatorLogin).HasMaxLength(120);
        builder.Property(u => u.ReviewerLogin).HasMaxLength(120);
        builder.Property(u => u.Reason).HasMaxLength(UnGrey.MaxReason);
        builder.HasIndex(u => new { u.CardId, u.At });
        // One un-grey per interrupted purchase (terminal, sequence): the second attempt is refused, never a second debit.
        builder.HasIndex(u => new { u.TerminalId, u.Sequence }).IsUnique();
    }
}

internal sealed class TerminalSilenceConfiguration : IEntityTypeConfiguration<TerminalSilence>
{
    public void Configure(EntityTypeBuilder<TerminalSilence> builder)
    {
        builder.ToTable("Stations_Silences");
        // The check finds a terminal's open silence; the Checks rule reads silences by when they were flagged.
        builder.HasIndex(s => new { s.TerminalId, s.EndedAt });
        builder.HasIndex(s => s.FlaggedAt);
    }
}

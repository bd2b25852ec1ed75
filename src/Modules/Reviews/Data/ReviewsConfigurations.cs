using Admin.Modules.Reviews.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Reviews.Data;

internal sealed class AuthorisationConfiguration : IEntityTypeConfiguration<Authorisation>
{
    public void Configure(EntityTypeBuilder<Authorisation> b)
    {
        b.ToTable("Reviews_Authorisations");
        b.HasKey(a => a.Id);
        b.Property(a => a.OutletCode).HasMaxLength(8).IsRequired();
        b.Property(a => a.PointCodes).HasMaxLength(500).IsRequired();
        b.Property(a => a.TaskType).HasMaxLength(64).IsRequired();
        b.Property(a => a.TaskId).HasMaxLength(64);
        b.Property(a => a.Summary).IsRequired();
        b.Property(a => a.MakerLogin).HasMaxLength(64);
        b.Property(a => a.ReviewerLogin).HasMaxLength(64).IsRequired();
        b.Property(a => a.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Reason).HasMaxLength(64);
        b.Property(a => a.ClientIp).HasMaxLength(64);
        b.Property(a => a.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(a => a.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        // The last line of defence: one record per sequence number per outlet, whatever happens to the chain head.
        b.HasIndex(a => new { a.OutletId, a.Sequence }).IsUnique();
        b.HasIndex(a => new { a.OccurredAt, a.Id });
        b.HasIndex(a => new { a.MakerId, a.OccurredAt });
    }
}

internal sealed class ChainHeadConfiguration : IEntityTypeConfiguration<ChainHead>
{
    public void Configure(EntityTypeBuilder<ChainHead> b)
    {
        b.ToTable("Reviews_ChainHeads");
        b.HasKey(h => h.OutletId);
        b.Property(h => h.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}

internal sealed class ReviewRequestMarkConfiguration : IEntityTypeConfiguration<ReviewRequestMark>
{
    public void Configure(EntityTypeBuilder<ReviewRequestMark> b)
    {
        b.ToTable("Reviews_RequestMarks");
        b.HasKey(m => m.Id);
        b.Property(m => m.RequestHash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.HasIndex(m => new { m.MakerId, m.RequestHash, m.RequestedAt });
    }
}

internal sealed class ReviewPointSettingConfiguration : IEntityTypeConfiguration<ReviewPointSetting>
{
    public void Configure(EntityTypeBuilder<ReviewPointSetting> b)
    {
        b.ToTable("Reviews_PointSettings");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(64);
        b.Property(s => s.Parameters).HasMaxLength(4000).IsRequired();
        b.Property(s => s.ChangedBy).HasMaxLength(64);
    }
}

using Admin.Modules.Outlets.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Outlets.Data;

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.ToTable("Outlets_Outlets");
        builder.Property(o => o.Code).HasMaxLength(8).IsRequired();
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(100).IsRequired();
        builder.Property(o => o.ShortName).HasMaxLength(30);
        builder.Property(o => o.NameZh).HasMaxLength(100);
        builder.Property(o => o.ShortNameZh).HasMaxLength(30);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Address).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.Manager).HasMaxLength(50);
        builder.Property(o => o.StatusReason).HasMaxLength(200);
        builder.HasOne<Outlet>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ParentId, o.Code });
        builder.HasIndex(o => new { o.Status, o.Code });
    }
}

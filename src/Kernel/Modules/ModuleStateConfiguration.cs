using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Kernel.Modules;

internal sealed class ModuleStateConfiguration : IEntityTypeConfiguration<ModuleState>
{
    public void Configure(EntityTypeBuilder<ModuleState> builder)
    {
        builder.ToTable("Kernel_ModuleStates");
        builder.HasKey(s => s.ModuleId);
        builder.Property(s => s.ModuleId).HasMaxLength(64);
        builder.Property(s => s.ChangedBy).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

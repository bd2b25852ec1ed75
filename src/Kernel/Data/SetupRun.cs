using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Kernel.Data;

/// <summary>Marks that the setup recipe ran on this database (one row, inserted in the recipe's transaction).</summary>
public sealed class SetupRun
{
    public string Id { get; set; } = "";
    public DateTime RanAt { get; set; }
}

internal sealed class SetupRunConfiguration : IEntityTypeConfiguration<SetupRun>
{
    public void Configure(EntityTypeBuilder<SetupRun> builder)
    {
        builder.ToTable("Kernel_SetupRuns");
        builder.Property(s => s.Id).HasMaxLength(32);
    }
}

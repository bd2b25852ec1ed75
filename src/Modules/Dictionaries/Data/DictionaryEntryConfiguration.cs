using Admin.Modules.Dictionaries.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Dictionaries.Data;

internal sealed class DictionaryEntryConfiguration : IEntityTypeConfiguration<DictionaryEntry>
{
    public void Configure(EntityTypeBuilder<DictionaryEntry> builder)
    {
        builder.ToTable("Dictionaries_Entries");
        builder.Property(e => e.Kind).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Code).HasMaxLength(DictionaryEntry.MaxCode).IsRequired();
        builder.Property(e => e.NameEn).HasMaxLength(DictionaryEntry.MaxName).IsRequired();
        builder.Property(e => e.NameZh).HasMaxLength(DictionaryEntry.MaxName).IsRequired();
        builder.Ignore(e => e.Name);
        builder.HasIndex(e => new { e.Kind, e.Code }).IsUnique();
    }
}

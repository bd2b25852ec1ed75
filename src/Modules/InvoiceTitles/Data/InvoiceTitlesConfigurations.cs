using Admin.Modules.InvoiceTitles.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.InvoiceTitles.Data;

internal static class TitleFieldsMapping
{
    public static void MapFields<T>(EntityTypeBuilder<T> builder)
        where T : TitleFieldsEntity
    {
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.BuyerName).HasMaxLength(TitleDetails.MaxName).IsRequired();
        builder.Property(t => t.TaxpayerNumber).HasMaxLength(18);
        builder.Property(t => t.Address).HasMaxLength(TitleDetails.MaxAddress);
        builder.Property(t => t.Phone).HasMaxLength(TitleDetails.MaxPhone);
        builder.Property(t => t.BankName).HasMaxLength(TitleDetails.MaxName);
        builder.Property(t => t.BankAccount).HasMaxLength(TitleDetails.MaxBankAccount);
        builder.Property(t => t.Email).HasMaxLength(TitleDetails.MaxEmail);
        builder.Property(t => t.Note).HasMaxLength(TitleDetails.MaxNote);
        builder.Ignore(t => t.Details);
    }
}

internal sealed class InvoiceTitleConfiguration : IEntityTypeConfiguration<InvoiceTitle>
{
    public void Configure(EntityTypeBuilder<InvoiceTitle> builder)
    {
        builder.ToTable("InvoiceTitles_Titles");
        TitleFieldsMapping.MapFields(builder);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(t => t.FollowsTemplate);
        builder.HasIndex(t => new { t.CustomerId, t.Status });
        builder.HasIndex(t => t.TemplateId);

        // The last line of defence behind the services' checks: one default, one title per taxpayer number.
        builder.HasIndex(t => t.CustomerId).IsUnique().HasFilter("\"IsDefault\" AND \"Status\" = 'Active'").HasDatabaseName("IX_InvoiceTitles_Titles_OneDefault");
        builder.HasIndex(t => new { t.CustomerId, t.TaxpayerNumber }).IsUnique()
            .HasFilter("\"TaxpayerNumber\" IS NOT NULL AND \"Status\" = 'Active'").HasDatabaseName("IX_InvoiceTitles_Titles_OneTaxpayerNumber");
        builder.HasOne<InvoiceTitleTemplate>().WithMany().HasForeignKey(t => t.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceTitleTemplateConfiguration : IEntityTypeConfiguration<InvoiceTitleTemplate>
{
    public void Configure(EntityTypeBuilder<InvoiceTitleTemplate> builder)
    {
        builder.ToTable("InvoiceTitles_Templates");
        TitleFieldsMapping.MapFields(builder);
        builder.Property(t => t.Owner).HasMaxLength(50).IsRequired();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => t.TaxpayerNumber).IsUnique();
        builder.HasIndex(t => t.BuyerName);
    }
}

using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIddict.EntityFrameworkCore;

namespace Admin.Modules.Operators.Data;

// OpenIddict's own mappings, under the module's table prefix.
internal sealed class ClientApplicationConfiguration : IEntityTypeConfiguration<ClientApplication>
{
    public void Configure(EntityTypeBuilder<ClientApplication> b)
    {
        new OpenIddictEntityFrameworkCoreApplicationConfiguration<ClientApplication, ClientAuthorization, ClientToken, string>().Configure(b);
        b.ToTable("Operators_Clients");
    }
}

internal sealed class ClientAuthorizationConfiguration : IEntityTypeConfiguration<ClientAuthorization>
{
    public void Configure(EntityTypeBuilder<ClientAuthorization> b)
    {
        new OpenIddictEntityFrameworkCoreAuthorizationConfiguration<ClientAuthorization, ClientApplication, ClientToken, string>().Configure(b);
        b.ToTable("Operators_ClientAuthorizations");
    }
}

internal sealed class ClientScopeConfiguration : IEntityTypeConfiguration<ClientScope>
{
    public void Configure(EntityTypeBuilder<ClientScope> b)
    {
        new OpenIddictEntityFrameworkCoreScopeConfiguration<ClientScope, string>().Configure(b);
        b.ToTable("Operators_ClientScopes");
    }
}

internal sealed class ClientTokenConfiguration : IEntityTypeConfiguration<ClientToken>
{
    public void Configure(EntityTypeBuilder<ClientToken> b)
    {
        new OpenIddictEntityFrameworkCoreTokenConfiguration<ClientToken, ClientApplication, ClientAuthorization, string>().Configure(b);
        b.ToTable("Operators_ClientTokens");
        // Ending an operator's tokens finds them by subject (one UPDATE); OpenIddict's own index leads with the application.
        b.HasIndex(t => new { t.Subject, t.Status });
    }
}

internal sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> b)
    {
        b.ToTable("Operators_ServerKeys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).HasMaxLength(32);
        b.Property(k => k.Use).HasMaxLength(8).IsRequired();
        b.Property(k => k.Material).IsRequired();
    }
}

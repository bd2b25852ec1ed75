using Admin.Modules.Operators.Models;
using Admin.Modules.Outlets.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Operators.Data;

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> b)
    {
        b.ToTable("Operators_Operators");
        b.HasKey(o => o.Id);
        b.Property(o => o.UserName).HasMaxLength(64);
        b.Property(o => o.NormalizedUserName).HasMaxLength(64);
        b.HasIndex(o => o.NormalizedUserName).IsUnique();
        b.Property(o => o.Email).HasMaxLength(256);
        b.Property(o => o.NormalizedEmail).HasMaxLength(256);
        b.Property(o => o.PhoneNumber).HasMaxLength(30);
        b.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(o => o.OutletCode).HasMaxLength(8).IsRequired();
        b.Property(o => o.LoginName).HasMaxLength(32).IsRequired();
        b.Property(o => o.DisplayName).HasMaxLength(50).IsRequired();
        b.Property(o => o.DisplayNameZh).HasMaxLength(50);
        b.Property(o => o.EmployeeNumber).HasMaxLength(32);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.PreferredCulture).HasMaxLength(10);
        b.HasIndex(o => new { o.OutletId, o.LoginName });
        b.HasOutletForeignKey(o => o.OutletId);
        b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        b.HasMany<IdentityUserPasskey<Guid>>().WithOne().HasForeignKey(p => p.UserId).IsRequired();
    }
}

/// <summary>Identity's passkey entity (schema version 3), its data as one JSON column as Identity maps it.</summary>
internal sealed class OperatorPasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserPasskey<Guid>> b)
    {
        b.ToTable("Operators_OperatorPasskeys");
        b.HasKey(p => p.CredentialId);
        b.Property(p => p.CredentialId).HasMaxLength(1024);
        b.HasIndex(p => p.UserId);
        b.OwnsOne(p => p.Data).ToJson();
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("Operators_Roles");
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(64);
        b.Property(r => r.NormalizedName).HasMaxLength(64);
        b.HasIndex(r => r.NormalizedName).IsUnique();
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(r => r.Description).HasMaxLength(200);
        b.Property(r => r.NameZh).HasMaxLength(64);
        b.Property(r => r.DescriptionZh).HasMaxLength(200);
        b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
        b.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
    }
}

internal sealed class OperatorRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> b)
    {
        b.ToTable("Operators_OperatorRoles");
        b.HasKey(r => new { r.UserId, r.RoleId });
    }
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> b)
    {
        b.ToTable("Operators_RoleClaims");
        b.HasKey(c => c.Id);
        b.Property(c => c.ClaimType).HasMaxLength(32);
        b.Property(c => c.ClaimValue).HasMaxLength(128);
    }
}

internal sealed class OperatorClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b)
    {
        b.ToTable("Operators_OperatorClaims");
        b.HasKey(c => c.Id);
        b.Property(c => c.ClaimType).HasMaxLength(32);
        b.Property(c => c.ClaimValue).HasMaxLength(128);
    }
}

internal sealed class OperatorLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b)
    {
        b.ToTable("Operators_OperatorLogins");
        b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        b.Property(l => l.LoginProvider).HasMaxLength(64);
        b.Property(l => l.ProviderKey).HasMaxLength(128);
        b.HasOne<Operator>().WithMany().HasForeignKey(l => l.UserId).IsRequired();
    }
}

internal sealed class OperatorTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b)
    {
        b.ToTable("Operators_OperatorTokens");
        b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        b.Property(t => t.LoginProvider).HasMaxLength(64);
        b.Property(t => t.Name).HasMaxLength(64);
        b.HasOne<Operator>().WithMany().HasForeignKey(t => t.UserId).IsRequired();
    }
}

internal sealed class PasswordHistoryConfiguration : IEntityTypeConfiguration<PasswordHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PasswordHistoryEntry> b)
    {
        b.ToTable("Operators_PasswordHistory");
        b.Property(h => h.PasswordHash).HasMaxLength(512);
        b.HasIndex(h => new { h.OperatorId, h.Id });
        b.HasOne<Operator>().WithMany().HasForeignKey(h => h.OperatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhantomSignInConfiguration : IEntityTypeConfiguration<PhantomSignIn>
{
    public void Configure(EntityTypeBuilder<PhantomSignIn> b)
    {
        b.ToTable("Operators_PhantomSignIns");
        b.HasKey(p => p.Key);
        b.Property(p => p.Key).HasMaxLength(64);
    }
}

internal sealed class PermissionsVersionConfiguration : IEntityTypeConfiguration<PermissionsVersion>
{
    public void Configure(EntityTypeBuilder<PermissionsVersion> b)
    {
        b.ToTable("Operators_PermissionsVersion");
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.HasData(new PermissionsVersion { Id = PermissionsVersion.SingleId, Value = 0 });
    }
}

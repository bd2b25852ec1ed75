using System.Security.Cryptography;
using Admin.Kernel.Data;
using Admin.Modules.Operators.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Admin.Modules.Operators.Services;

/// <summary>
/// The OpenID Connect server's signing and encryption keys, kept in <c>Operators_ServerKeys</c> so that every host on the
/// database signs with and accepts the same keys. The first host to start creates them (a second host racing it loses
/// on the primary key and reads the winner's). Every key is published and accepted; new tokens are signed and
/// encrypted with the newest key whose <see cref="ServerKey.ActiveFrom"/> has passed when the host started.
/// Rotation (<see cref="RotateAsync"/>, the host's <c>keys rotate</c> command) adds keys that become active later, so
/// each host learns them (at its restart) before any host uses them.
/// </summary>
internal sealed class ServerKeys(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : IConfigureOptions<OpenIddictServerOptions>
{
    public const string Signing = "sig";
    public const string Encryption = "enc";
    private const string Purpose = "Admin.Modules.Operators.ServerKeys";

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        var keys = LoadAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var now = clock.GetUtcNow().UtcDateTime;
        var protector = protection.CreateProtector(Purpose);
        // OpenIddict uses the first key of each list; the others are published (JWKS) and accepted.
        foreach (var key in Ordered(keys, Signing, now))
        {
            options.SigningCredentials.Add(new SigningCredentials(Rsa(key, protector), SecurityAlgorithms.RsaSha256));
        }

        foreach (var key in Ordered(keys, Encryption, now))
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(Rsa(key, protector), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }

    /// <summary>Adds a new signing and a new encryption key, used for new tokens from <paramref name="activeFrom"/> on.</summary>
    public async Task<IReadOnlyList<ServerKey>> RotateAsync(AdminDbContext db, DateTime activeFrom, CancellationToken ct)
    {
        var keys = await LoadAsync(db, ct);
        var added = new List<ServerKey>();
        foreach (var use in new[] { Signing, Encryption })
        {
            var generation = keys.Where(k => k.Use == use).Select(k => k.Generation).DefaultIfEmpty(0).Max() + 1;
            added.Add(NewKey(use, generation, activeFrom));
        }

        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Every key, creating the first pair when there is none.</summary>
    private async Task<List<ServerKey>> LoadAsync(AdminDbContext db, CancellationToken ct)
    {
        var keys = await db.Set<ServerKey>().AsNoTracking().ToListAsync(ct);
        var missing = new[] { Signing, Encryption }.Where(use => keys.All(k => k.Use != use)).ToList();
        if (missing.Count == 0)
        {
            return keys;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            db.AddRange(missing.Select(use => NewKey(use, 1, now)));
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another host created them first: theirs are the keys.
        }

        db.ChangeTracker.Clear();
        return await db.Set<ServerKey>().AsNoTracking().ToListAsync(ct);
    }

    private static IEnumerable<ServerKey> Ordered(List<ServerKey> keys, string use, DateTime now) =>
        keys.Where(k => k.Use == use).OrderByDescending(k => k.ActiveFrom <= now).ThenByDescending(k => k.Generation);

    private ServerKey NewKey(string use, int generation, DateTime activeFrom)
    {
        using var rsa = RSA.Create(2048);
        return new ServerKey
        {
            Id = $"{use}-{generation:0000}",
            Use = use,
            Generation = generation,
            Material = protection.CreateProtector(Purpose).Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ActiveFrom = activeFrom,
        };
    }

    private static RsaSecurityKey Rsa(ServerKey key, IDataProtector protector)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(key.Material)), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.Id };
    }
}

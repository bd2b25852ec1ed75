using System.Security.Cryptography;
using System.Text.Json;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Admin.Modules.Operators.Services;

/// <summary>A system calls with its own secret (client credentials); an interactive client signs an operator in (code + PKCE).</summary>
public enum ClientKind
{
    System,
    Interactive,
}

/// <summary>What head office types to register or change a client.</summary>
public sealed record ClientInput(string? ClientId, string? DisplayName, string? Kind, IReadOnlyList<string>? Scopes, IReadOnlyList<string>? RedirectUris, string? Version = null);

/// <summary>A registered client as screens and the API show it (never its secret).</summary>
public sealed record ClientRecord(string ClientId, string DisplayName, ClientKind Kind, IReadOnlyList<string> Scopes, IReadOnlyList<string> RedirectUris, bool Disabled, DateTime CreatedAt, string Version);

/// <summary>A client just registered, with its secret (system clients), shown this once.</summary>
public sealed record RegisteredClient(ClientRecord Client, string? Secret);

/// <summary>
/// Head office's register of OpenID Connect clients (*Clients*): registration with the secret answered once, scopes
/// (permission names, each held by the caller: nobody hands a system more than they hold), redirect URIs, disable and
/// enable. Disabling ends the client's tokens at once; a narrowed scope list narrows its live tokens at the next call.
/// </summary>
public sealed class ClientRegistry(AdminDbContext db, OpenIddictApplicationManager<ClientApplication> manager, PermissionCatalog catalog, OperatorAuthority authority, IAuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken ct) =>
        (await db.Set<ClientApplication>().AsNoTracking().OrderBy(a => a.ClientId).ToListAsync(ct)).Select(ToRecord).ToList();

    public async Task<ClientRecord?> FindAsync(string clientId, CancellationToken ct) =>
        await db.Set<ClientApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.ClientId == clientId, ct) is { } app ? ToRecord(app) : null;

    public async Task<OperationResult<RegisteredClient>> RegisterAsync(ClientInput input, CancellationToken ct)
    {
        var (checkedInput, refused) = await CheckAsync(input, isNew: true, ct);
        if (refused is not null)
        {
            return OperationResult<RegisteredClient>.From(refused);
        }

        var (id, name, kind, scopes, uris) = checkedInput!.Value;
        if (await db.Set<ClientApplication>().AnyAsync(a => a.ClientId == id, ct))
        {
            return OperationResult<RegisteredClient>.Conflict(OperatorsErrors.ClientIdTaken(id));
        }

        var secret = kind == ClientKind.System ? NewSecret() : null;
        var app = new ClientApplication { CreatedAt = clock.GetUtcNow().UtcDateTime };
        await manager.PopulateAsync(app, Descriptor(id, name, kind, scopes, uris), ct);
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Client.Register", "Client", id, After: new { id, name, Kind = kind.ToString(), scopes, redirectUris = uris }));
        try
        {
            await manager.CreateAsync(app, secret, ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return OperationResult<RegisteredClient>.Conflict(OperatorsErrors.ClientIdTaken(id));
        }

        return OperationResult<RegisteredClient>.Success(new RegisteredClient(ToRecord(app), secret));
    }

    /// <summary>Changes name, scopes and redirect URIs (the kind stays); send the version you read (stale: 409).</summary>
    public async Task<OperationResult<ClientRecord>> UpdateAsync(string clientId, ClientInput input, CancellationToken ct)
    {
        var app = await db.Set<ClientApplication>().FirstOrDefaultAsync(a => a.ClientId == clientId, ct);
        if (app is null)
        {
            return OperationResult<ClientRecord>.NotFound(OperatorsErrors.ClientNotFound());
        }

        var (checkedInput, refused) = await CheckAsync(input with { ClientId = clientId, Kind = KindOf(app).ToString() }, isNew: false, ct);
        if (refused is not null)
        {
            return OperationResult<ClientRecord>.From(refused);
        }

        if (input.Version is not null && input.Version != app.ConcurrencyToken)
        {
            var stale = OperationResult<ClientRecord>.Conflict(OperatorsErrors.ClientStale());
            stale.Extensions["version"] = app.ConcurrencyToken;
            return stale;
        }

        var before = ToRecord(app);
        var (_, name, kind, scopes, uris) = checkedInput!.Value;
        var descriptor = Descriptor(clientId, name, kind, scopes, uris);
        descriptor.ClientSecret = app.ClientSecret; // the stored (hashed) secret stays as it is
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Client.Update", "Client", clientId,
            Before: new { before.DisplayName, before.Scopes, before.RedirectUris }, After: new { DisplayName = name, Scopes = scopes, RedirectUris = uris }));
        await manager.PopulateAsync(app, descriptor, ct);
        await manager.UpdateAsync(app, ct);
        return OperationResult<ClientRecord>.Success(ToRecord(app));
    }

    /// <summary>Disables (its tokens end at once) or enables a client.</summary>
    public async Task<OperationResult<ClientRecord>> SetDisabledAsync(string clientId, bool disabled, CancellationToken ct)
    {
        var app = await db.Set<ClientApplication>().FirstOrDefaultAsync(a => a.ClientId == clientId, ct);
        if (app is null)
        {
            return OperationResult<ClientRecord>.NotFound(OperatorsErrors.ClientNotFound());
        }

        if (app.Disabled == disabled)
        {
            return OperationResult<ClientRecord>.Conflict(OperatorsErrors.ClientAlreadyInStatus(disabled ? "Disabled" : "Active"));
        }

        app.Disabled = disabled;
        app.ConcurrencyToken = Guid.NewGuid().ToString();
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, disabled ? "Client.Disable" : "Client.Enable", "Client", clientId,
            Before: new { Disabled = !disabled }, After: new { Disabled = disabled }, Summary: disabled ? "Tokens ended" : null));
        await db.SaveChangesAsync(ct);
        if (disabled)
        {
            await db.Set<ClientToken>().Where(t => t.Application!.Id == app.Id && t.Status == Statuses.Valid)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, Statuses.Revoked), ct);
        }

        return OperationResult<ClientRecord>.Success(ToRecord(app));
    }

    /// <summary>
    /// Replaces a system client's secret (answered this once): the old one stops working and the client's live tokens end,
    /// since a secret is replaced because it may have leaked. An interactive client has no secret (409).
    /// </summary>
    public async Task<OperationResult<RegisteredClient>> NewSecretAsync(string clientId, CancellationToken ct)
    {
        var app = await db.Set<ClientApplication>().FirstOrDefaultAsync(a => a.ClientId == clientId, ct);
        if (app is null)
        {
            return OperationResult<RegisteredClient>.NotFound(OperatorsErrors.ClientNotFound());
        }

        if (KindOf(app) != ClientKind.System)
        {
            return OperationResult<RegisteredClient>.Conflict(OperatorsErrors.ClientHasNoSecret());
        }

        var secret = NewSecret();
        audit.Record(new AuditRecord(OperatorsModule.ModuleId, "Client.NewSecret", "Client", clientId, Summary: "The old secret no longer works; its tokens ended"));
        await manager.UpdateAsync(app, secret, ct);
        await db.Set<ClientToken>().Where(t => t.Application!.Id == app.Id && t.Status == Statuses.Valid)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, Statuses.Revoked), ct);
        return OperationResult<RegisteredClient>.Success(new RegisteredClient(ToRecord(app), secret));
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<((string Id, string Name, ClientKind Kind, List<string> Scopes, List<string> Uris)? Value, OperationResult? Refused)> CheckAsync(ClientInput input, bool isNew, CancellationToken ct)
    {
        var errors = new List<OperationError>();
        var id = input.ClientId?.Trim() ?? "";
        if (isNew && !IsValidClientId(id))
        {
            errors.Add(OperatorsErrors.ClientIdInvalid());
        }

        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
        {
            errors.Add(OperatorsErrors.ClientNameInvalid());
        }

        var kind = ClientKind.System;
        if (!Enum.TryParse(input.Kind, ignoreCase: false, out kind) || !Enum.IsDefined(kind))
        {
            errors.Add(OperatorsErrors.ClientKindInvalid());
        }

        var scopes = (input.Scopes ?? []).Select(s => s?.Trim() ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (scopes.FirstOrDefault(s => catalog.Find(s) is null) is { } unknown)
        {
            errors.Add(OperatorsErrors.ClientScopeUnknown(unknown.Length > 64 ? unknown[..64] : unknown));
        }
        else if (kind == ClientKind.System && scopes.Count == 0)
        {
            errors.Add(OperatorsErrors.ClientScopesRequired());
        }
        else if (kind == ClientKind.Interactive && scopes.Count > 0)
        {
            errors.Add(OperatorsErrors.ClientScopesForSystems());
        }

        var uris = (input.RedirectUris ?? []).Select(u => u?.Trim() ?? "").Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (uris.Count > 10 || uris.Any(u => u.Length > 2000 || !Uri.TryCreate(u, UriKind.Absolute, out var parsed) || parsed.Fragment.Length > 0 || u.Any(c => c is <= ' ' or >= '\u007f')))
        {
            errors.Add(OperatorsErrors.ClientRedirectUriInvalid());
        }
        else if (kind == ClientKind.Interactive && uris.Count == 0)
        {
            errors.Add(OperatorsErrors.ClientRedirectUriRequired());
        }
        else if (kind == ClientKind.System && uris.Count > 0)
        {
            errors.Add(OperatorsErrors.ClientRedirectUrisForInteractive());
        }

        if (errors.Count > 0)
        {
            return (null, OperationResult.Invalid([.. errors]));
        }

        return await authority.RefuseNotHeldAsync(scopes, ct) is { } refused ? (null, refused) : ((id, name, kind, scopes, uris), null);
    }

    public static bool IsValidClientId(string? id) => id is { Length: >= 3 and <= 32 } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');

    private static OpenIddictApplicationDescriptor Descriptor(string id, string name, ClientKind kind, List<string> scopes, List<string> uris)
    {
        var d = new OpenIddictApplicationDescriptor
        {
            ClientId = id,
            DisplayName = name,
            ApplicationType = kind == ClientKind.Interactive ? ApplicationTypes.Native : ApplicationTypes.Web,
            ClientType = kind == ClientKind.System ? ClientTypes.Confidential : ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit, // first-party: head office registered it, nobody is asked to consent
        };
        d.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation]);
        if (kind == ClientKind.System)
        {
            d.Permissions.UnionWith([Permissions.GrantTypes.ClientCredentials, Permissions.Endpoints.Introspection]);
            d.Permissions.UnionWith(scopes.Select(s => Permissions.Prefixes.Scope + s));
        }
        else
        {
            d.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Prefixes.Scope + Scopes.OfflineAccess]);
            d.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            d.RedirectUris.UnionWith(uris.Select(u => new Uri(u, UriKind.Absolute)));
        }

        return d;
    }

    private static ClientKind KindOf(ClientApplication app) => app.ClientType == ClientTypes.Public ? ClientKind.Interactive : ClientKind.System;

    private static ClientRecord ToRecord(ClientApplication app) => new(
        app.ClientId ?? "", app.DisplayName ?? "", KindOf(app), ClientScopes.Granted(app.Permissions).Order(StringComparer.Ordinal).ToList(),
        string.IsNullOrEmpty(app.RedirectUris) ? [] : JsonSerializer.Deserialize<List<string>>(app.RedirectUris) ?? [],
        app.Disabled, app.CreatedAt, app.ConcurrencyToken ?? "");
}

using OpenIddict.EntityFrameworkCore.Models;

namespace Admin.Modules.Operators.Models;

/// <summary>
/// An OpenID Connect client registered by head office (a counter desktop client, a reporting tool, a gateway):
/// OpenIddict's application with what the console adds — who registered it and whether it is switched off.
/// </summary>
public sealed class ClientApplication : OpenIddictEntityFrameworkCoreApplication<string, ClientAuthorization, ClientToken>
{
    /// <summary>A disabled client gets no token and its tokens stop working at once (the per-request check reads it).</summary>
    public bool Disabled { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>OpenIddict's authorization (the grant a refresh-token chain hangs on).</summary>
public sealed class ClientAuthorization : OpenIddictEntityFrameworkCoreAuthorization<string, ClientApplication, ClientToken>;

/// <summary>OpenIddict's scope entity (unused: scopes are the permission catalogue, see <c>ClientScopes</c>).</summary>
public sealed class ClientScope : OpenIddictEntityFrameworkCoreScope<string>;

/// <summary>OpenIddict's token entry: every code, access and refresh token issued, with its status.</summary>
public sealed class ClientToken : OpenIddictEntityFrameworkCoreToken<string, ClientApplication, ClientAuthorization>;

/// <summary>
/// An RSA key the OpenID Connect server signs ("sig") or encrypts ("enc") tokens with, shared by every host on the
/// database so that each accepts the others' tokens. The private key is protected with the data-protection keys.
/// </summary>
public sealed class ServerKey
{
    /// <summary>The key id (<c>kid</c>): use and generation, e.g. <c>sig-0001</c>; a unique key settles a race of two hosts.</summary>
    public string Id { get; set; } = "";

    public string Use { get; set; } = "";

    public int Generation { get; set; }

    /// <summary>The PKCS#8 private key, base64, protected with data protection.</summary>
    public string Material { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>From when the key signs or encrypts new tokens (a rotated key is published before it is used).</summary>
    public DateTime ActiveFrom { get; set; }
}

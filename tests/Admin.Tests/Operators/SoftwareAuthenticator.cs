using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Admin.Tests.Operators;

/// <summary>
/// A WebAuthn authenticator in software (one ES256 key, "none" attestation), so that the host's passkey ceremonies run
/// end to end over HTTP: it answers the server's creation and request options the way a browser and a platform
/// authenticator would, for <paramref name="origin"/>. Written from the WebAuthn Level 3 data layouts.
/// </summary>
internal sealed class SoftwareAuthenticator(string origin) : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] _credentialId = RandomNumberGenerator.GetBytes(16);
    private uint _counter;
    private byte[]? _userHandle;

    public string CredentialId => B64(_credentialId);

    /// <summary>The registration response (JSON) to the server's creation options.</summary>
    public string Create(string creationOptionsJson)
    {
        using var options = JsonDocument.Parse(creationOptionsJson);
        var rpId = options.RootElement.GetProperty("rp").GetProperty("id").GetString()!;
        _userHandle = FromB64(options.RootElement.GetProperty("user").GetProperty("id").GetString()!);
        var clientData = ClientData("webauthn.create", options.RootElement.GetProperty("challenge").GetString()!);
        var p = _key.ExportParameters(false);
        var coseKey = Cbor.Map(
            (Cbor.Int(1), Cbor.Int(2)), (Cbor.Int(3), Cbor.Int(-7)), (Cbor.Int(-1), Cbor.Int(1)), (Cbor.Int(-2), Cbor.Bytes(p.Q.X!)), (Cbor.Int(-3), Cbor.Bytes(p.Q.Y!)));
        var attested = new byte[16].Concat(new[] { (byte)(_credentialId.Length >> 8), (byte)_credentialId.Length }).Concat(_credentialId).Concat(coseKey);
        var authData = AuthData(rpId, 0x01 | 0x04 | 0x40, attested.ToArray());
        var attestation = Cbor.Map((Cbor.Text("fmt"), Cbor.Text("none")), (Cbor.Text("attStmt"), Cbor.Map()), (Cbor.Text("authData"), Cbor.Bytes(authData)));
        return JsonSerializer.Serialize(new
        {
            id = CredentialId, rawId = CredentialId, type = "public-key", authenticatorAttachment = "platform", clientExtensionResults = new { },
            response = new
            {
                clientDataJSON = B64(clientData), attestationObject = B64(attestation), transports = new[] { "internal" },
                publicKeyAlgorithm = -7, publicKey = B64(_key.ExportSubjectPublicKeyInfo()), authenticatorData = B64(authData),
            },
        });
    }

    /// <summary>The authentication response (JSON) to the server's request options; <paramref name="challenge"/> overrides the server's.</summary>
    public string Get(string requestOptionsJson, string? challenge = null)
    {
        using var options = JsonDocument.Parse(requestOptionsJson);
        var rpId = options.RootElement.TryGetProperty("rpId", out var r) ? r.GetString()! : new Uri(origin).Host;
        var clientData = ClientData("webauthn.get", challenge ?? options.RootElement.GetProperty("challenge").GetString()!);
        var authData = AuthData(rpId, 0x01 | 0x04, []);
        var signature = _key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return JsonSerializer.Serialize(new
        {
            id = CredentialId, rawId = CredentialId, type = "public-key", authenticatorAttachment = "platform", clientExtensionResults = new { },
            response = new { clientDataJSON = B64(clientData), authenticatorData = B64(authData), signature = B64(signature), userHandle = _userHandle is null ? null : B64(_userHandle) },
        });
    }

    public void Dispose() => _key.Dispose();

    private byte[] ClientData(string type, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin, crossOrigin = false }));

    private byte[] AuthData(string rpId, byte flags, byte[] attested)
    {
        _counter++;
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, (byte)(_counter >> 24), (byte)(_counter >> 16), (byte)(_counter >> 8), (byte)_counter, .. attested];
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromB64(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - s.Length % 4) % 4));
    }

    /// <summary>The few CBOR items (RFC 8949) an attestation object needs, in canonical form.</summary>
    private static class Cbor
    {
        public static byte[] Int(long v) => v >= 0 ? Head(0, (ulong)v) : Head(1, (ulong)(-1 - v));

        public static byte[] Bytes(byte[] b) => [.. Head(2, (ulong)b.Length), .. b];

        public static byte[] Text(string s) => [.. Head(3, (ulong)Encoding.UTF8.GetByteCount(s)), .. Encoding.UTF8.GetBytes(s)];

        public static byte[] Map(params (byte[] Key, byte[] Value)[] entries) =>
            [.. Head(5, (ulong)entries.Length), .. entries.SelectMany(e => e.Key.Concat(e.Value))];

        private static byte[] Head(int major, ulong n) => n switch
        {
            < 24 => [(byte)((major << 5) | (int)n)],
            <= byte.MaxValue => [(byte)((major << 5) | 24), (byte)n],
            <= ushort.MaxValue => [(byte)((major << 5) | 25), (byte)(n >> 8), (byte)n],
            _ => [(byte)((major << 5) | 26), (byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n],
        };
    }
}

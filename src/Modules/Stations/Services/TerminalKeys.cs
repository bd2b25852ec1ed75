using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Admin.Modules.Stations.Services;

/// <summary>
/// Terminal keys: 32 random bytes, shown once as 64 hex digits, kept protected with the hosts' shared data-protection keys (so any
/// host checks any terminal's batches), and the HMAC-SHA256 check of a batch's canonical body.
/// </summary>
public sealed class TerminalKeys(IDataProtectionProvider protection)
{
    private IDataProtector Protector => protection.CreateProtector("Stations.TerminalKeys.v1");

    /// <summary>A new key: its hex form (to show once) and its protected form (to store).</summary>
    public (string Hex, string Protected) Create()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return (Convert.ToHexString(key), Protector.Protect(Convert.ToBase64String(key)));
    }

    /// <summary>True when <paramref name="signature"/> (hex, either case) is the HMAC-SHA256 of <paramref name="canonical"/> under the stored key.</summary>
    public bool Verify(string protectedKey, string canonical, string signature)
    {
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var key = Convert.FromBase64String(Protector.Unprotect(protectedKey));
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The signature a terminal computes (the simulator and tests sign with it).</summary>
    public static string Sign(string keyHex, string canonical) =>
        Convert.ToHexString(HMACSHA256.HashData(Convert.FromHexString(keyHex), Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();
}

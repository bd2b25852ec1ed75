using System.Security.Cryptography;
using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.CardService.Models;

/// <summary>
/// A card's PIN (3.23–3.25), stored only as a slow salted hash (PBKDF2-SHA256, a salt per PIN, the iteration count kept with it),
/// never shown, logged or returned. Locked after too many wrong PINs (reported by terminals); unlocked or reset at the counter.
/// </summary>
public sealed class CardPin : IVersioned, IOutletOwned
{
    public const int Iterations = 120_000;

    public Guid Id { get; set; }
    public Guid CardId { get; set; }
    public Guid OutletId { get; set; }
    public string Hash { get; set; } = "";
    public string Salt { get; set; } = "";
    public int HashIterations { get; set; }
    public int FailedAttempts { get; set; }
    public bool Locked { get; set; }
    /// <summary>When a terminal says the PIN was locked (UTC), while it is locked.</summary>
    public DateTime? LockedAt { get; set; }
    /// <summary>When the counter last unlocked it (UTC): a terminal's report of an earlier lock is late and ignored.</summary>
    public DateTime? UnlockedAt { get; set; }
    /// <summary>False when a terminal reported a lock before any PIN was set here: only a reset sets one.</summary>
    public bool IsSet => Hash.Length > 0;
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }

    /// <summary>Stores a new PIN's hash with a fresh salt, and clears the lock.</summary>
    public void Set(string pin, DateTime at, string? by)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        Salt = Convert.ToBase64String(salt);
        HashIterations = Iterations;
        Hash = Convert.ToBase64String(Derive(pin, salt, Iterations));
        FailedAttempts = 0;
        Locked = false;
        LockedAt = null;
        ChangedAt = at;
        ChangedBy = by;
    }

    /// <summary>True when <paramref name="pin"/> is this PIN (compared in constant time).</summary>
    public bool Matches(string? pin)
    {
        if (string.IsNullOrEmpty(pin) || pin.Length > 32 || Hash.Length == 0)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(pin, Convert.FromBase64String(Salt), HashIterations), Convert.FromBase64String(Hash));
    }

    private static byte[] Derive(string pin, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(System.Text.Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, 32);
}

/// <summary>The rules a new PIN must meet: 6 digits, not one digit repeated, not the holder's birth date.</summary>
public static class PinRules
{
    public const int Length = 6;

    /// <summary>The ways a birth date is written in six digits (yyMMdd, ddMMyy, MMddyy).</summary>
    public static IReadOnlyList<string> BirthDateForms(DateOnly born) =>
        [born.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture), born.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture),
            born.ToString("MMddyy", System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The birth date in a mainland resident ID number (18 characters, digits 7–14 yyyyMMdd), or null.</summary>
    public static DateOnly? BirthDateOf(string? idType, string? idNumber) =>
        idType == "ResidentId" && idNumber is { Length: 18 }
        && DateOnly.TryParseExact(idNumber.Substring(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born)
            ? born : null;

    /// <summary>What is wrong with a new PIN: "format", "oneDigit", "birthDate", or null when it is acceptable.</summary>
    public static string? Problem(string? pin, DateOnly? born)
    {
        if (pin is null || pin.Length != Length || !pin.All(char.IsAsciiDigit))
        {
            return "format";
        }

        if (pin.All(ch => ch == pin[0]))
        {
            return "oneDigit";
        }

        return born is { } b && BirthDateForms(b).Contains(pin) ? "birthDate" : null;
    }
}

using System.Security.Cryptography;

namespace Admin.Modules.Operators.Services;

/// <summary>One-time passwords shown once to an administrator; they satisfy the trade's default policy.</summary>
public static class TemporaryPasswords
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    /// <summary>Ten characters, letters and digits, without look-alikes (0/O, 1/l/I).</summary>
    public static string Generate()
    {
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            var set = i % 3 == 2 ? Digits : Letters;
            chars[i] = set[RandomNumberGenerator.GetInt32(set.Length)];
        }

        RandomNumberGenerator.Shuffle(chars);
        return new string(chars);
    }
}

using System.Security.Cryptography;

namespace Sakip.Analytics.Identity.OneTimePasswords;

/// <summary>Random passwords that satisfy <see cref="AccountPolicy"/>, from the OS's cryptographic generator.</summary>
public static class OneTimePassword
{
    public const int Length = 20;

    // No look-alikes (0/O, 1/l/I), so a password read off a console can be typed back.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@^_";
    private const string Any = Upper + Lower + Digits + Symbols;

    public static string Generate()
    {
        while (true)
        {
            var characters = new char[Length];
            characters[0] = Pick(Upper);
            characters[1] = Pick(Lower);
            characters[2] = Pick(Digits);
            characters[3] = Pick(Symbols);
            RandomNumberGenerator.GetItems(Any.AsSpan(), characters.AsSpan(4));
            RandomNumberGenerator.Shuffle(characters.AsSpan());
            if (characters.Distinct().Count() >= AccountPolicy.MinimumUniqueCharacters)
            {
                return new string(characters);
            }
        }
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}

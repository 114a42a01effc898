using System.Security.Cryptography;
using System.Text;

namespace Sakip.Analytics.Import.Sources;

/// <summary>SHA-256 of a batch's content, so re-importing the same content can be recognised.</summary>
internal static class ContentHash
{
    public static string OfBytes(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Hashes the files sorted by name; each name and length goes in before the bytes, so moving bytes
    /// from one file to the next changes the hash.
    /// </summary>
    public static string OfFiles(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

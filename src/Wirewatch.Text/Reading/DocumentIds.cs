using System.Security.Cryptography;
using System.Text;

namespace Wirewatch.Text.Reading;

/// <summary>Stable document ids: the same date, title and body always give the same id.</summary>
public static class DocumentIds
{
    /// <summary>The first 16 hexadecimal digits of the SHA-256 of date, title and body.</summary>
    public static string For(DateOnly? date, string? title, string body)
    {
        var content = $"{date:yyyy-MM-dd}\n{title}\n{body}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(content), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}

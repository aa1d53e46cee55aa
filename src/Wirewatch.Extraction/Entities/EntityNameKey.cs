using System.Text;
using Wirewatch.Text.Normalization;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// The key under which names are compared: folded, lower-cased, without dots, a leading "the" or a final
/// possessive, white space collapsed ("The U.S.'s" → "us").
/// </summary>
public static class EntityNameKey
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var raw in name)
        {
            var c = TextFolding.Fold(raw);
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var key = builder.ToString();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        if (key.EndsWith("'s", StringComparison.Ordinal))
        {
            key = key[..^2];
        }

        return key;
    }

    /// <summary>The words of a key.</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

using System.Text.RegularExpressions;
using Wirewatch.Core;

namespace Wirewatch.Evaluation.Entities;

/// <summary>
/// Finds the head of a MEANTIME mention in its extent. MEANTIME (after ACE) marks a mention's whole noun phrase
/// and, in the <c>head</c> attribute, its head: for a name mention, the name ("Moscone Center" in "Moscone Center
/// in San Francisco, California", "GM" in "U.S. automaker GM"). The head is written as text, with spacing that
/// need not match the tokens, so it is found by its words, ignoring case and white space; the rightmost match wins.
/// </summary>
public static class MeantimeHeads
{
    /// <summary>The span of <paramref name="head"/> inside <paramref name="extent"/>, or null when the head is empty or not found there.</summary>
    public static TextSpan? Find(string text, TextSpan extent, string head)
    {
        var words = head.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var pattern = string.Join(@"\s*", words.Select(Regex.Escape));
        var match = Regex.Match(extent.Slice(text).ToString(), pattern, RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant);
        return match.Success ? new TextSpan(extent.Start + match.Index, extent.Start + match.Index + match.Length) : null;
    }
}

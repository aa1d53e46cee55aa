using System.Globalization;
using System.Text;
using Wirewatch.Core;

namespace Wirewatch.Evaluation.Events;

/// <summary>
/// How a response matches one alternative of a MUC-4 key fill (1 fully correct, 0.5 partially, 0 not), after the
/// MUC-4 scoring guidelines (v7) and the head-noun match of document-level template filling (Patwardhan and Riloff
/// 2009; Du and Cardie 2020; Du et al. 2021, GRIT). Case, accents and punctuation are ignored everywhere.
/// </summary>
public sealed class MucFillMatcher
{
    private readonly HashSet<string> _modifiers;
    private readonly HashSet<string> _cuts;
    private readonly HashSet<string> _referringHeads;

    public MucFillMatcher(IEnumerable<string> headWordLines)
    {
        var rows = headWordLines.Select(l => l.Split('\t', StringSplitOptions.TrimEntries)).Where(p => p.Length == 2).ToList();
        _modifiers = rows.Where(p => p[1] == "modifier").Select(p => p[0].ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        _cuts = rows.Where(p => p[1] == "cut").Select(p => p[0].ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        _referringHeads = rows.Where(p => p[1] == "referring").Select(p => p[0].ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    public static MucFillMatcher Default { get; } = new(DataFiles.ReadList("events/muc4-head-words.tsv"));

    /// <summary>
    /// String fills (perpetrator organisation, human target). Fully correct when the two share their head noun (the
    /// last word before any "of", relative pronoun, comma or bracket) and the words of one are among the other's
    /// ("THE 3 PEASANTS" for "PEASANTS", "TORRES" for "ALBERTO ROBERTO TORRES"); partially correct when the response
    /// holds all the key's words but has another head (an over-long response, guidelines 3.1.1.2).
    /// </summary>
    public double Strings(string key, string response)
    {
        var k = Words(key);
        var r = Words(response);
        if (k.Count == 0 || r.Count == 0)
        {
            return 0;
        }

        var contained = k.All(r.Contains) || r.All(k.Contains);
        if (contained && Head(key) is { } head && head == Head(response))
        {
            return 1;
        }

        return k.All(r.Contains) ? 0.5 : 0;
    }

    /// <summary>
    /// Whether two responses are one fill: fully correct for each other ("MSGR ROMERO", "MSGR OSCAR ARNULFO ROMERO";
    /// "FIVE PEASANTS", "THE PEASANTS"), so a template would hold only one of them.
    /// </summary>
    public bool Same(string one, string other) => Strings(one, other) == 1 || Strings(other, one) == 1;

    /// <summary>
    /// The head noun of a string fill, lower-case ("mayor" of "the mayor of Achi"), or null when it has none or
    /// the head only refers to fills named elsewhere ("the victims").
    /// </summary>
    public string? HeadNoun(string value)
        => Head(value) is { } head && !_referringHeads.Contains(head) ? head.ToLowerInvariant() : null;

    /// <summary>
    /// Locations ("COUNTRY: PLACE (TYPE): PLACE (TYPE)", a range "X (CITY) - Y (CITY)"; responses "COUNTRY: PLACE" or
    /// "COUNTRY"), guidelines 3.2.3: fully correct when the response's place is one of the key's places and its country
    /// the key's, or both are the same country alone; partially correct when the response names only the key's
    /// country, the right place in another country, or a place in the key's country where the key names the country
    /// alone (the partial credit the guidelines' note allows for "COLOMBIA: CALI (CITY)" against "COLOMBIA"). Another
    /// place than the key's in the same country earns nothing: the official scorer left that to a human judge.
    /// </summary>
    public static double Location(string key, string response)
    {
        var (keyCountry, keyPlaces) = Chain(key);
        var (country, places) = Chain(response);
        if (places.Count == 0)
        {
            return country == keyCountry ? (keyPlaces.Count == 0 ? 1 : 0.5) : 0;
        }

        if (places.Any(keyPlaces.Contains))
        {
            return country == keyCountry ? 1 : 0.5;
        }

        return country == keyCountry && keyPlaces.Count == 0 ? 0.5 : 0;
    }

    /// <summary>
    /// Dates ("02 FEB 90"; a range "25 AUG 89 - 26 AUG 89"; before the dateline "- 26 AUG 89"), guidelines 3.2.2: fully
    /// correct when the same day or the same default range; partially correct when the day lies in the key's range,
    /// or a default range's upper anchor is the key's day or upper anchor.
    /// </summary>
    public static double Date(string key, string response)
    {
        var ends = key.Split('-', StringSplitOptions.TrimEntries);
        if (response.StartsWith('-'))
        {
            // A default-looking response "- 26 AUG 89" (no date in the text, so before the dateline): fully correct
            // for the same default fill, partially for a key whose date or upper anchor is that day.
            var anchor = Day(response.TrimStart('-', ' '));
            return anchor is null || Day(ends[^1]) != anchor ? 0 : ends.Length == 2 && ends[0].Length == 0 ? 1 : 0.5;
        }

        if (Day(response) is not { } day)
        {
            return 0;
        }

        if (ends.Length == 1)
        {
            return Day(ends[0]) == day ? 1 : 0;
        }

        var from = Day(ends[0]) ?? DateOnly.MinValue;
        var to = Day(ends[^1]) ?? DateOnly.MaxValue;
        return from <= day && day <= to ? 0.5 : 0;
    }

    private static DateOnly? Day(string value)
        => DateOnly.TryParseExact(value.Trim(), "dd MMM yy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The country and the named places of a location fill, each folded; "(CITY)" types and brackets dropped.</summary>
    private static (string Country, IReadOnlyList<string> Places) Chain(string fill)
    {
        var parts = fill.Split(':', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var places = parts.Skip(1)
            .SelectMany(p => p.Split(" - ", StringSplitOptions.TrimEntries))
            .Select(p => Fold(p.Contains('(', StringComparison.Ordinal) ? p[..p.LastIndexOf('(')] : p))
            .Where(p => p.Length > 0)
            .ToList();
        return (parts.Length == 0 ? string.Empty : Fold(parts[0]), places);
    }

    private List<string> Words(string value)
        => Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_modifiers.Contains(w) && !w.All(char.IsDigit)).ToList();

    private string? Head(string value)
    {
        var cut = value.IndexOfAny([',', '(', ';']);
        var words = Words(cut >= 0 ? value[..cut] : value);
        if (words.Count == 0)
        {
            return null;
        }

        var end = words.FindIndex(1, w => _cuts.Contains(w)) is var c and > 0 ? c : words.Count;
        return end == 0 ? null : words[end - 1];
    }

    /// <summary>Upper case, no accents, letters and digits only, single spaces.</summary>
    private static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) || c == '\'' ? char.ToUpperInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// Places (countries, first-level regions, cities) and nationality words, loaded once from
/// <c>data/gazetteers</c> and <c>data/places</c> and read-only afterwards. Lookups ignore case, accents and
/// punctuation ("kyiv", "Kyiv", "Kiev"); names written as acronyms ("US", "U.S.") match only text in capitals,
/// and names that are also common English words ("Bar") only text with a capital.
/// </summary>
public sealed class Gazetteer
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, GazetteerMatches> _byDocument = new();

    private static readonly Lazy<Gazetteer> Shared = new(() => Load(DataFiles.Root));

    private readonly NameIndex<Place> _names;
    private readonly NameIndex<Demonym> _demonyms;
    private readonly Dictionary<string, Place> _countries;
    private readonly Dictionary<string, Place> _regions;

    internal Gazetteer(
        IReadOnlyList<Place> places,
        NameIndex<Place> names,
        NameIndex<Demonym> demonyms,
        Dictionary<string, Place> countries,
        Dictionary<string, Place> regions,
        PlaceCues cues)
    {
        Places = places;
        _names = names;
        _demonyms = demonyms;
        _countries = countries;
        _regions = regions;
        Cues = cues;
    }

    /// <summary>The gazetteer of the engine's data folder (see <see cref="DataFiles"/>), loaded on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    public IReadOnlyList<Place> Places { get; }

    public PlaceCues Cues { get; }

    /// <summary>How many distinct name keys the place index holds.</summary>
    public int NameCount => _names.Count;

    public static Gazetteer Load(string dataRoot)
    {
        var path = Path.Combine(dataRoot, GazetteerFiles.Places);
        if (!File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: gazetteer not found (build it with 'wirewatch train gazetteer').");
        }

        return GazetteerLoader.Load(dataRoot);
    }

    public Place? Country(string code) => _countries.GetValueOrDefault(code);

    /// <summary>A first-level region by GeoNames key ("UA.08").</summary>
    public Place? Region(string admin1Key) => _regions.GetValueOrDefault(admin1Key);

    /// <summary>
    /// The places a whole name can mean, best-known first; the name is written as it would be in text (a
    /// possessive ending is dropped: "Russia's" is Russia).
    /// </summary>
    public IReadOnlyList<Place> Lookup(string name)
    {
        var trimmed = WithoutPossessive(name.AsSpan().Trim());
        var found = _names.Find(NameKey.Of(trimmed));
        var capitalised = trimmed.Length > 0 && char.IsUpper(trimmed[0]);
        var allCapitals = !trimmed.ContainsAnyInRange('a', 'z') && capitalised;
        var places = new List<Place>(found.Length);
        foreach (var entry in found)
        {
            if (NameMatcher.Allows(entry.Flags, capitalised, allCapitals))
            {
                places.Add(entry.Value);
            }
        }

        return places;
    }

    /// <summary>The nationality a word names ("Russians" -> RU), or null.</summary>
    public Demonym? FindDemonym(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[Math.Min(word.Length, 256)];
        var found = _demonyms.Find(key[..NameKey.Write(word[..key.Length], key)]);
        return found.IsEmpty ? null : found[0].Value;
    }

    /// <summary>
    /// Every place name that starts in token <paramref name="tokenIndex"/> (at its start, or after a hyphen in
    /// it), longest first, with the cue words around it read into <see cref="PlaceMatch.Hint"/>.
    /// </summary>
    public IReadOnlyList<PlaceMatch> MatchAt(string text, IReadOnlyList<Token> tokens, int tokenIndex)
    {
        var from = Math.Max(0, tokenIndex - Cues.MaxBeforeWords - 1);
        var parts = TextParts.Split(text, tokens, from, tokenIndex + 16);
        var matches = new List<PlaceMatch>();
        var hits = new List<NameHit<Place>>();
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p].Token != tokenIndex)
            {
                continue;
            }

            NameMatcher.MatchAt(_names, text, parts, p, hits);
            for (var h = hits.Count - 1; h >= 0; h--)
            {
                matches.Add(ToMatch(hits[h], text, parts));
            }
        }

        return matches;
    }

    /// <summary>
    /// Every place name and nationality word of an analysed document, found once and remembered for as long as
    /// the document lives, so that the components that need them (names, events) share one scan.
    /// </summary>
    public GazetteerMatches FindAll(Document document) => _byDocument.GetValue(document, d => FindAll(d.FoldedText, d.Tokens));

    /// <summary>Every place name and nationality word in the text, left to right, longest first, not overlapping.</summary>
    public GazetteerMatches FindAll(string text, IReadOnlyList<Token> tokens)
    {
        var parts = TextParts.Split(text, tokens, 0, tokens.Count);
        var places = new List<PlaceMatch>();
        var demonyms = new List<DemonymMatch>();
        var placeHits = new List<NameHit<Place>>();
        var demonymHits = new List<NameHit<Demonym>>();
        var p = 0;
        while (p < parts.Count)
        {
            NameMatcher.MatchAt(_names, text, parts, p, placeHits);
            NameMatcher.MatchAt(_demonyms, text, parts, p, demonymHits);
            var placeEnd = placeHits.Count > 0 ? placeHits[^1].EndPart : 0;
            var demonymEnd = demonymHits.Count > 0 ? demonymHits[^1].EndPart : 0;
            if (demonymEnd > 0 && demonymEnd >= placeEnd)
            {
                var hit = demonymHits[^1];
                var span = new TextSpan(parts[hit.FirstPart].Start, parts[hit.EndPart - 1].End);
                demonyms.Add(new DemonymMatch(span, parts[hit.FirstPart].Token, parts[hit.EndPart - 1].Token + 1, hit.Values[0]));
                p = hit.EndPart;
            }
            else if (placeEnd > 0)
            {
                var match = ToMatch(placeHits[^1], text, parts);
                places.Add(match);
                while (p < parts.Count && parts[p].Start < match.Span.End)
                {
                    p++;
                }
            }
            else
            {
                p++;
            }
        }

        return new GazetteerMatches(places, demonyms);
    }

    private PlaceMatch ToMatch(NameHit<Place> hit, string text, List<TextPart> parts)
    {
        var end = hit.EndPart;
        var hint = PlaceHint.None;
        if (end < parts.Count && parts[end].Kind == TextPartKind.Word)
        {
            Span<char> word = stackalloc char[Math.Min(64, parts[end].End - parts[end].Start)];
            var slice = parts[end].Slice(text);
            if (slice.Length <= word.Length && Cues.After(word[..NameKey.Write(slice, word)]) is { } after)
            {
                hint = after.Hint;
                end++;
            }
        }

        if (hint == PlaceHint.None)
        {
            hint = HintBefore(text, parts, hit.FirstPart);
        }

        var possessive = end < parts.Count && parts[end].Kind == TextPartKind.Possessive;
        var span = new TextSpan(parts[hit.FirstPart].Start, parts[end - 1].End);
        return new PlaceMatch(span, parts[hit.FirstPart].Token, parts[end - 1].Token + 1, hit.Values, hint, possessive);
    }

    private PlaceHint HintBefore(string text, List<TextPart> parts, int first)
    {
        Span<char> key = stackalloc char[128];
        for (var words = Math.Min(Cues.MaxBeforeWords, first); words >= 1; words--)
        {
            var length = 0;
            var ok = true;
            for (var p = first - words; p < first && ok; p++)
            {
                var slice = parts[p].Slice(text);
                ok = parts[p].Kind == TextPartKind.Word && length + slice.Length + 1 < key.Length;
                if (ok)
                {
                    if (length > 0)
                    {
                        key[length++] = ' ';
                    }

                    length += NameKey.Write(slice, key[length..]);
                }
            }

            if (ok && Cues.Before(key[..length]) is { } cue)
            {
                return cue.Hint;
            }
        }

        return PlaceHint.None;
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> name)
    {
        if (name.Length > 2 && name[^1] is 's' or 'S' && name[^2] is '\'' or '\u2019')
        {
            return name[..^2];
        }

        return name.Length > 1 && name[^1] is '\'' or '\u2019' ? name[..^1] : name;
    }
}

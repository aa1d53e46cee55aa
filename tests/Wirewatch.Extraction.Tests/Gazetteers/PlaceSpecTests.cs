using Wirewatch.Core;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Testing;
using Wirewatch.Text.Normalization;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Gazetteers;

public class PlaceSpecTests
{
    private static readonly Tokenizer Tokens = new(TextLexicon.Default);

    public static IEnumerable<object[]> Cases => SpecFile.Cases("Gazetteers/places.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Places_match_the_spec(string where, string input, string expected)
    {
        var open = input.IndexOf('[', StringComparison.Ordinal);
        var close = input.IndexOf(']', StringComparison.Ordinal);
        var text = open >= 0 ? input.Remove(close, 1).Remove(open, 1) : input;
        var target = open >= 0 ? new TextSpan(open, close - 1) : new TextSpan(0, text.Length);

        var folded = TextFolding.Fold(text);
        var matches = Gazetteer.Default.FindAll(folded, Tokens.Tokenize(folded));
        var resolved = PlaceResolver.ResolveAll(folded, matches);

        var place = resolved.FirstOrDefault(r => r.Match.Span == target);
        var demonym = matches.Demonyms.FirstOrDefault(d => d.Span == target);
        var actual = place is not null
            ? $"{place.Place.Name}|{place.Place.CountryCode}|{place.Place.Kind.ToString().ToLowerInvariant()}|{place.Place.Admin1Name}|{place.GeoPrecision}"
            : demonym is not null
                ? $"demonym {demonym.Demonym.CountryCode}"
                : resolved.Any(r => r.Match.Span.Overlaps(target)) ? "overlapping: " + string.Join(", ", resolved.Select(r => r.Match.Span.Slice(text))) : "none";
        Assert.True(expected == actual, $"{where}\nexpected: {expected}\nactual:   {actual}");
    }
}

using System.Diagnostics;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Testing;
using Xunit.Abstractions;
using Wirewatch.Text.Normalization;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Gazetteers;

public class GazetteerTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

    [Theory]
    [InlineData("Russia's", "RU")]
    [InlineData("Russia’s", "RU")]
    [InlineData("the United States", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("india", "IN")]
    public void Lookup_finds_countries_in_the_forms_news_writes_them(string name, string country)
    {
        var places = Gazetteer.Default.Lookup(name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name);

        Assert.Contains(places, p => p.Kind == PlaceKind.Country && p.CountryCode == country);
    }

    [Fact]
    public void Acronyms_match_only_capitals()
    {
        Assert.Empty(Gazetteer.Default.Lookup("us"));
        Assert.Contains(Gazetteer.Default.Lookup("US"), p => p.Kind == PlaceKind.Country);
    }

    [Fact]
    public void Demonyms_point_to_their_country()
    {
        Assert.Equal("RU", Gazetteer.Default.FindDemonym("Russian")?.CountryCode);
        Assert.Equal(DemonymForm.Plural, Gazetteer.Default.FindDemonym("ukrainians")?.Form);
        Assert.Null(Gazetteer.Default.FindDemonym("Kyiv"));
    }

    [Fact]
    public void MatchAt_gives_every_name_starting_at_a_token_longest_first()
    {
        var text = TextFolding.Fold("Officials in New York City said.");
        var tokens = new Tokenizer(TextLexicon.Default).Tokenize(text);

        var matches = Gazetteer.Default.MatchAt(text, tokens, 2);

        Assert.NotEmpty(matches);
        Assert.Equal("New York City", matches[0].Span.Slice(text));
        Assert.All(matches, m => Assert.Equal(2, m.FirstToken));
        Assert.True(matches.Zip(matches.Skip(1)).All(p => p.First.Span.Length >= p.Second.Span.Length));
    }

    [Fact]
    public void Possessives_are_marked_and_left_out_of_the_span()
    {
        var text = TextFolding.Fold("Russia’s claims");
        var tokens = new Tokenizer(TextLexicon.Default).Tokenize(text);

        var match = Assert.Single(Gazetteer.Default.FindAll(text, tokens).Places);

        Assert.True(match.Possessive);
        Assert.Equal("Russia", match.Span.Slice(text));
    }

    [Fact]
    public void A_paragraph_like_the_example_resolves_its_places()
        => AssertExamplePlaces("Asked by CNN if Moscow believed the United States was behind the attack, Kremlin spokesman Dmitry Peskov said all that is dictated to Kiev by Washington. And kyiv is already doing what it is told to do, Peskov said.");

    [SharedDataFact]
    public void The_kremlin_drone_example_resolves_its_places()
    {
        var path = Path.Combine(SharedData.Locate(), "examples", "kremlin-drone-2023-05-05.txt");
        Assert.True(File.Exists(path), $"{path}: the example article is missing from the shared folder");
        AssertExamplePlaces(File.ReadAllText(path));
    }

    private static void AssertExamplePlaces(string article)
    {
        var text = TextFolding.Fold(article);
        var matches = Gazetteer.Default.FindAll(text, new Tokenizer(TextLexicon.Default).Tokenize(text));

        var resolved = PlaceResolver.ResolveAll(text, matches);

        Assert.Contains(resolved, r => r.Match.Span.Slice(text) is "Moscow");
        Assert.All(resolved.Where(r => r.Match.Span.Slice(text) is "Moscow"), r => Assert.Equal("RU", r.Place.CountryCode));
        Assert.All(resolved.Where(r => r.Match.Span.Slice(text) is "Washington"), r => Assert.Equal("Washington, D.C.", r.Place.Name));
        Assert.All(resolved.Where(r => r.Match.Span.Slice(text) is "kyiv" or "Kiev"), r => Assert.Equal("Kyiv", r.Place.Name));
    }

    /// <summary>
    /// A guard against gross regressions only: tests run a Debug build beside other tests. The release CLI loads
    /// in about 0.15-0.3 s of CPU on a busy two-core machine.
    /// </summary>
    [Fact]
    public void Loads_in_a_few_seconds_even_in_a_debug_build()
    {
        var watch = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load(DataFiles.Root);
        watch.Stop();
        var again = Stopwatch.StartNew();
        _ = Gazetteer.Load(DataFiles.Root);
        _output.WriteLine($"first load {watch.ElapsedMilliseconds} ms, second {again.ElapsedMilliseconds} ms, {gazetteer.NameCount} name keys");

        Assert.True(gazetteer.Places.Count > 40_000);
        Assert.True(watch.ElapsedMilliseconds < 6_000, $"loading took {watch.ElapsedMilliseconds} ms");
    }
}

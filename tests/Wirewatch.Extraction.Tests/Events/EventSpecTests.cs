using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Events;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Extraction.Time;
using Wirewatch.Testing;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Events;

public class EventSpecTests
{
    internal static readonly Pipeline Pipeline = Pipeline.Build([
        .. TextPipeline.Components(TextLexicon.Default),
        new PartOfSpeechComponent(PartOfSpeechModel.Default),
        new TimeComponent(TimeLexicon.Default),
        new NameTaggerComponent(NameModel.Default, new NameHints(Gazetteer.Default, EntityLexicon.Default), EntityLexicon.Default),
        new WhoIsWhoComponent(EntityLexicon.Default, new GazetteerPlaces(Gazetteer.Default)),
        new EventComponent(EventLexicon.Default, Gazetteer.Default),
    ]);

    public static IEnumerable<object[]> Cases => SpecFile.Cases("Events/events.spec");

    /// <summary>Analyses a spec file's input, "YYYY-MM-DD | text": the article's date, then its text.</summary>
    internal static Document Analyse(string input)
    {
        var bar = input.IndexOf(" | ", StringComparison.Ordinal);
        var date = DateOnly.Parse(input[..bar], System.Globalization.CultureInfo.InvariantCulture);
        var document = ArticleText.Create("spec", date, DateOrigin.Option, null, null, input[(bar + 3)..]);
        Pipeline.Run(document);
        return document;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Events_match_the_spec(string where, string input, string expected)
    {
        var document = Analyse(input);
        var actual = string.Join(" ; ", document.Events.Select(e =>
            $"{e.SubType}|{(e.Fatalities is { } f ? f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}|{e.Status.ToString().ToLowerInvariant()}|"
            + (e.Counts.Count == 0 ? "-" : string.Join(",", e.Counts.Select(c => $"{c.What}={c.Value}")))));
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}

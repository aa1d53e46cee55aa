using Wirewatch.Core;
using Wirewatch.Extraction.Time;
using Wirewatch.Testing;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Time;

public class TimeSpecTests
{
    private static readonly Pipeline Pipeline = Pipeline.Build([.. TextPipeline.Components(TextLexicon.Default), new TimeComponent(TimeLexicon.Default)]);

    public static IEnumerable<object[]> Cases => SpecFile.Cases("Time/times.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Times_match_the_spec(string where, string input, string expected)
    {
        var bar = input.IndexOf(" | ", StringComparison.Ordinal);
        var dateText = input[..bar].Trim();
        DateOnly? date = dateText == "none" ? null : DateOnly.ParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var document = ArticleText.Create("spec", date, date is null ? DateOrigin.Unknown : DateOrigin.Option, null, null, input[(bar + 3)..]);

        Pipeline.Run(document);

        var actual = Describe(document);
        Assert.True(expected == actual, $"{where}\nexpected: {expected}\nactual:   {actual}");
    }

    public static string Describe(Document document)
    {
        if (document.Times.Count == 0)
        {
            return "-";
        }

        return string.Join(" ; ", document.Times.Select(t =>
        {
            var text = $"{document[t.Span]}|{TypeName(t.Type)}|{t.Value}";
            return t.AnchorId is { } anchor ? $"{text}|{document[document.Times.Single(a => a.Id == anchor).Span]}" : text;
        }));
    }

    private static string TypeName(TimeType type) => type.ToString().ToUpperInvariant();
}

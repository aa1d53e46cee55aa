using Wirewatch.Core;
using Wirewatch.Testing;
using Wirewatch.Text.Reading;

namespace Wirewatch.Extraction.Tests.Events;

public class EventDateSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Events/event-dates.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dates_match_the_spec(string where, string input, string expected)
    {
        var bar = input.IndexOf(" | ", StringComparison.Ordinal);
        var date = DateOnly.Parse(input[..bar], System.Globalization.CultureInfo.InvariantCulture);
        var document = ArticleText.Create("spec", date, DateOrigin.Option, null, null, input[(bar + 3)..]);
        EventSpecTests.Pipeline.Run(document);
        var actual = document.Events.Count == 0 ? "none" : string.Join(" ; ", document.Events.Select(e => $"{e.Date ?? "-"}|{e.TimePrecision}"));
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}

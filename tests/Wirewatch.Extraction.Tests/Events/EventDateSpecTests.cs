using Wirewatch.Testing;

namespace Wirewatch.Extraction.Tests.Events;

public class EventDateSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Events/event-dates.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dates_match_the_spec(string where, string input, string expected)
    {
        var document = EventSpecTests.Analyse(input);
        var actual = document.Events.Count == 0 ? "none" : string.Join(" ; ", document.Events.Select(e => $"{e.Date ?? "-"}|{e.TimePrecision}"));
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}

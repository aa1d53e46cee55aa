using Wirewatch.Testing;

namespace Wirewatch.Extraction.Tests.Events;

public class EventPlaceSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Events/event-places.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Places_match_the_spec(string where, string input, string expected)
    {
        var document = EventSpecTests.Analyse(input);
        var actual = document.Events.Count == 0 ? "none" : string.Join(" ; ", document.Events.Select(e =>
            e.Location is { } place ? $"{place.CountryCode}: {place.Name}" : "-"));
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}

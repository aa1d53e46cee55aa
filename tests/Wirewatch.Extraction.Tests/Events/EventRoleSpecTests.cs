using Wirewatch.Testing;

namespace Wirewatch.Extraction.Tests.Events;

public class EventRoleSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Events/event-roles.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Actors_and_targets_match_the_spec(string where, string input, string expected)
    {
        var document = EventSpecTests.Analyse(input);
        var text = document.Text;
        var actual = document.Events.Count == 0 ? "none" : string.Join(" ; ", document.Events.Select(e =>
            (e.Actors.FirstOrDefault(a => a.Role == "actor1") is { } actor ? actor.Span.Slice(text) : "-")
            + "|" + (e.Targets.Count == 0 ? "-" : string.Join(" + ", e.Targets.Select(t => t.Slice(text))))));
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}

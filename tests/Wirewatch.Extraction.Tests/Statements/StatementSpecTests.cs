using Wirewatch.Testing;
using static Wirewatch.Extraction.Tests.Statements.StatementPipeline;

namespace Wirewatch.Extraction.Tests.Statements;

public class StatementSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Statements/statements.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Statements_match_the_spec(string where, string input, string expected)
    {
        var document = Analyse(input);
        var actual = document.Statements.Count == 0
            ? "none"
            : string.Join(" ; ", document.Statements.Select(s => $"{Speaker(document, s)}|{document[s.Cue]}|{string.Join(" + ", s.Content.Select(c => document[c]))}"));
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}

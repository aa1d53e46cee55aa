using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Testing;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Entities;

/// <summary>
/// The names layer against <c>Entities/names.spec</c>: each case is an article and the names it must (or, after
/// "no", must not) yield, as "TYPE text" separated by " | ".
/// </summary>
public class NameSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Entities/names.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_match_the_spec(string where, string input, string expected)
    {
        var document = ArticleText.Create("test", null, DateOrigin.Unknown, null, null, input);
        NamePipeline.Instance.Run(document);
        var found = document.Names.Select(n => $"{n.Type.ToString().ToUpperInvariant()} {n.Span.Slice(document.Text)}").ToList();

        foreach (var expectation in expected.Split(" | ", StringSplitOptions.TrimEntries))
        {
            var absent = expectation.StartsWith("no ", StringComparison.Ordinal);
            var name = absent ? expectation[3..] : expectation;
            Assert.True(found.Contains(name) != absent, $"{where}\n{(absent ? "unexpected" : "missing")}: {name}\nfound: {string.Join("; ", found)}");
        }
    }
}

using CsCheck;
using Wirewatch.Core;
using Wirewatch.Testing;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Text.Tests.Sentences;

public class SentenceSplitterTests
{
    private static readonly Pipeline TextLayer = Pipeline.Build(TextPipeline.Components(TextLexicon.Default));

    public static IEnumerable<object[]> Cases => SpecFile.Cases("Sentences/sentences.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentences_match_the_spec(string where, string input, string expected)
    {
        var document = Analyse(input);

        var actual = string.Join(" || ", document.Sentences.Select(s => s.Slice(input)));
        Assert.True(expected == actual, $"{where}\nexpected: {expected}\nactual:   {actual}");
    }

    [Fact]
    public void Sentences_hold_whole_tokens_and_never_cross_a_paragraph_break()
    {
        Gen.String[Gen.Char["ab Mr.U.S\n?!\"'"], 1, 120].Sample(text =>
        {
            var document = Analyse(text);
            foreach (var sentence in document.Sentences)
            {
                Assert.Contains(document.Paragraphs, p => p.Contains(sentence));
                Assert.All(document.Tokens.Where(t => t.Span.Overlaps(sentence)), t => Assert.True(sentence.Contains(t.Span)));
            }

            Assert.Equal(document.Tokens.Count, document.Tokens.Count(t => document.Sentences.Any(s => s.Contains(t.Span))));
        });
    }

    private static Document Analyse(string text)
    {
        var document = ArticleText.Create("test", null, DateOrigin.Unknown, null, null, text);
        TextLayer.Run(document);
        return document;
    }
}

using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Learning.Names;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Entities;

/// <summary>
/// Names made to agree across an article: each case gives a text, the names the tagger found (name:TYPE, in
/// order, separated by "|") and the names that should come out.
/// </summary>
public class NameConsistencyTests
{
    [Theory]
    [InlineData(
        "Chrysler LLC will close plants. Chrysler employs 50,000 people.",
        "Chrysler LLC:Org|Chrysler:Person",
        "Chrysler LLC:Org|Chrysler:Org")]
    [InlineData(
        "Apple Computer CEO Steve Jobs spoke on Monday. Steve Jobs said the iPhone was ready.",
        "Apple Computer:Org|Steve:Person|Steve Jobs:Person",
        "Apple Computer:Org|Steve Jobs:Person|Steve Jobs:Person")]
    [InlineData(
        "General Motors and Chrysler asked for aid. Chrysler said it needed more.",
        "General Motors:Org|Chrysler:Person|Chrysler:Person",
        "General Motors:Org|Chrysler:Org|Chrysler:Org")]
    [InlineData(
        "The deal with automaker Chrysler failed. Chrysler said it would appeal.",
        "Chrysler:Person|Chrysler:Person",
        "Chrysler:Org|Chrysler:Org")]
    [InlineData(
        "Barack Obama spoke on Monday. Obama spokesman Jay Carney said the talks went well.",
        "Barack Obama:Person|Obama:Person|Jay Carney:Person",
        "Barack Obama:Person|Obama:Person|Jay Carney:Person")]
    public void Names_agree_across_the_article(string text, string found, string expected)
        => AssertAgreement(text, found, expected, properlyCased: true);

    // Without case to go by, a surname alone is that person only when it is no ordinary English word.
    [Theory]
    [InlineData(
        "ford chief executive alan mulally spoke on monday. mulally said the plan would work.",
        "alan mulally:Person",
        "alan mulally:Person|mulally:Person")]
    [InlineData(
        "apple's steve jobs spoke on monday. the company will add 10,000 jobs.",
        "steve jobs:Person",
        "steve jobs:Person")]
    [InlineData(
        "peskov spoke on monday. peskov said the drones were shot down.",
        "peskov:Person",
        "peskov:Person")]
    public void Without_case_only_uncommon_surnames_of_people_named_in_full_are_looked_for(string text, string found, string expected)
        => AssertAgreement(text, found, expected, properlyCased: false);

    private static void AssertAgreement(string text, string found, string expected, bool properlyCased)
    {
        var document = ArticleText.Create("test", null, DateOrigin.Unknown, null, null, text);
        Pipeline.Build(TextPipeline.Components(TextLexicon.Default)).Run(document);
        var names = new List<(int First, int End, EntityType Type)>();
        var from = 0;
        foreach (var (name, type) in Parse(found))
        {
            var start = document.FoldedText.IndexOf(name, from, StringComparison.Ordinal);
            var first = document.Tokens.ToList().FindIndex(t => t.Start == start);
            var end = document.Tokens.ToList().FindIndex(t => t.End == start + name.Length) + 1;
            names.Add((first, end, type));
            from = start + name.Length;
        }

        var result = NameConsistency.Apply(document, new NameHintFlags[document.Tokens.Count], names, properlyCased, EntityLexicon.Default);

        var actual = result.Select(n => $"{document.FoldedText[document.Tokens[n.First].Start..document.Tokens[n.End - 1].End]}:{n.Type}");
        Assert.Equal(expected, string.Join('|', actual));
    }

    private static IEnumerable<(string Name, EntityType Type)> Parse(string names)
        => names.Split('|').Select(n => (n[..n.LastIndexOf(':')], Enum.Parse<EntityType>(n[(n.LastIndexOf(':') + 1)..])));
}

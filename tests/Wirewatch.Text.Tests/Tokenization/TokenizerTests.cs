using CsCheck;
using Wirewatch.Core;
using Wirewatch.Testing;
using Wirewatch.Text.Normalization;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Text.Tests.Tokenization;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(TextLexicon.Default);

    public static IEnumerable<object[]> Cases => SpecFile.Cases("Tokenization/tokens.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokens_match_the_spec(string where, string input, string expected)
    {
        var tokens = Tokenizer.Tokenize(TextFolding.Fold(input));

        var actual = string.Join(" | ", tokens.Select(t => t.Span.Slice(input)));
        Assert.True(expected == actual, $"{where}\nexpected: {expected}\nactual:   {actual}");
    }

    [Fact]
    public void Abbreviations_initials_and_clitics_get_their_kinds()
    {
        const string Text = "Gen. J. Smith's U.S. visit cost 1,000 dollars.";
        var tokens = Tokenizer.Tokenize(Text);

        Assert.Equal(
            [TokenKind.Abbreviation, TokenKind.Abbreviation, TokenKind.Word, TokenKind.Clitic, TokenKind.Abbreviation, TokenKind.Word,
             TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokens_are_ordered_never_overlap_and_cover_every_non_space_character()
    {
        Gen.String[Gen.Char["abcXYZ019 .,'-’\"?!\n()$%@#/:"], 0, 80].Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(TextFolding.Fold(text));
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd, $"token {token.Span} overlaps the one before in «{text}»");
                Assert.True(token.End > token.Start, $"empty token at {token.Start} in «{text}»");
                Assert.True(text.AsSpan(previousEnd, token.Start - previousEnd).IsWhiteSpace(), $"characters lost before {token.Span} in «{text}»");
                Assert.DoesNotContain(token.Span.Slice(text), char.IsWhiteSpace);
                previousEnd = token.End;
            }

            Assert.True(text.AsSpan(previousEnd).IsWhiteSpace(), $"characters lost at the end of «{text}»");
        });
    }
}

using Wirewatch.Text.Normalization;

namespace Wirewatch.Text.Tests.Normalization;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Russia’s “claim”", "Russia's \"claim\"")]
    [InlineData("non\u2011stop \u2212 5", "non-stop - 5")]
    [InlineData("a\u00A0b\u2009c", "a b c")]
    [InlineData("\uFF21\uFF22\uFF23", "ABC")]
    [InlineData("war\u2014peace", "war\u2014peace")]
    public void Typography_folds_to_plain_characters(string input, string expected)
        => Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Folding_never_changes_the_length()
    {
        var all = new string(Enumerable.Range(0, 0x3100).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).ToArray());

        Assert.Equal(all.Length, TextFolding.Fold(all).Length);
    }

    [Fact]
    public void Plain_text_is_returned_as_it_is()
    {
        const string Plain = "Nothing to fold here.";

        Assert.Same(Plain, TextFolding.Fold(Plain));
    }
}

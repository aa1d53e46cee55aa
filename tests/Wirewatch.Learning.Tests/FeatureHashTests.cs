using Wirewatch.Learning.Hashing;
using Xunit;

namespace Wirewatch.Learning.Tests;

public sealed class FeatureHashTests
{
    [Fact]
    public void LowerAgreesWithTheInvariantCultureForEveryCodeUnit()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.Equal(char.ToLowerInvariant(c), FeatureHash.Lower(c));
        }
    }

    [Theory]
    [InlineData("KYIV", "kyiv")]
    [InlineData("Zelensky\u2019s", "zelensky\u2019s")]
    [InlineData("\u0423\u041A\u0420\u0410\u0407\u041D\u0410", "\u0443\u043A\u0440\u0430\u0457\u043D\u0430")]
    public void HashesLowerCasedTextAsTheLowerCaseText(string written, string lower)
        => Assert.Equal(FeatureHash.Of(lower), FeatureHash.OfLower(written));
}

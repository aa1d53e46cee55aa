using Wirewatch.Core;

namespace Wirewatch.Evaluation.Tests;

public class PrfTests
{
    [Fact]
    public void Exact_matching_counts_hits_misses_and_extras()
    {
        var gold = new[] { new TextSpan(0, 5), new TextSpan(6, 10), new TextSpan(11, 12) };
        var predicted = new[] { new TextSpan(0, 5), new TextSpan(6, 9), new TextSpan(11, 12), new TextSpan(13, 14) };

        var score = SpanMatching.Exact(gold, predicted);

        Assert.Equal(new Prf(2, 2, 1), score);
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(2 / 3.0, score.Recall, 6);
        Assert.Equal(4 / 7.0, score.F1, 6);
    }

    [Fact]
    public void Nothing_found_and_nothing_expected_scores_zero_not_nan()
    {
        Assert.Equal(0, default(Prf).F1);
    }
}

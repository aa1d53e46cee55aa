using Wirewatch.Evaluation.Coreference;

namespace Wirewatch.Evaluation.Tests.Coreference;

public class CoreferenceMetricsTests
{
    [Fact]
    public void Metrics_match_hand_computed_values()
    {
        var scores = new CoreferenceScores();

        CoreferenceMetrics.Score([Set(1, 2, 3), Set(4, 5)], [Set(1, 2), Set(3, 4, 5)], scores);

        Assert.Equal(2 / 3.0, scores.MucRecall.Value, 6);
        Assert.Equal(2 / 3.0, scores.MucPrecision.Value, 6);
        Assert.Equal(11 / 15.0, scores.BCubedRecall.Value, 6);
        Assert.Equal(0.8, scores.CeafRecall.Value, 6);
        Assert.Equal(0.8, scores.CeafPrecision.Value, 6);
    }

    [Fact]
    public void A_perfect_response_scores_one_everywhere()
    {
        var scores = new CoreferenceScores();

        CoreferenceMetrics.Score([Set(1, 2), Set(3)], [Set(1, 2), Set(3)], scores);

        Assert.Equal(1, scores.ConllF1, 6);
    }

    [Fact]
    public void The_assignment_finds_the_best_matching_not_the_greedy_one()
    {
        // Greedy takes 0.9 (row 0, column 0) and then 0.1; the best pairs 0.8 with 0.8.
        var weights = new double[,] { { 0.9, 0.8 }, { 0.8, 0.1 } };

        Assert.Equal(1.6, Assignment.MaximumWeight(weights), 6);
    }

    private static IReadOnlySet<int> Set(params int[] mentions) => mentions.ToHashSet();
}

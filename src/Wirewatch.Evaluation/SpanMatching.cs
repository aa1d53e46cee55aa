using Wirewatch.Core;

namespace Wirewatch.Evaluation;

/// <summary>Exact-span matching of gold and predicted spans.</summary>
public static class SpanMatching
{
    public static Prf Exact(IEnumerable<TextSpan> gold, IEnumerable<TextSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        var hits = goldSet.Count(predictedSet.Contains);
        return new Prf(hits, predictedSet.Count - hits, goldSet.Count - hits);
    }
}

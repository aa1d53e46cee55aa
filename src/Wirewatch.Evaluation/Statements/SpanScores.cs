namespace Wirewatch.Evaluation.Statements;

/// <summary>
/// Exact and token-overlap counts for one component (cue, source or content) of attributions.
/// Exact: a predicted span counts when its token set equals that of a gold span of the same document.
/// Overlap (PARC/Citron style): predicted and gold spans are paired one to one, largest token overlap first;
/// precision = overlapping tokens of paired spans / all predicted tokens, recall = the same / all gold tokens.
/// </summary>
public sealed class SpanScores
{
    public int Predicted { get; private set; }

    public int Gold { get; private set; }

    public int ExactPredicted { get; private set; }

    public int ExactGold { get; private set; }

    public long PredictedTokens { get; private set; }

    public long GoldTokens { get; private set; }

    public long OverlapTokens { get; private set; }

    public Prf Exact => new(ExactPredicted, Predicted - ExactPredicted, Gold - ExactGold);

    public double OverlapPrecision => PredictedTokens == 0 ? 0 : OverlapTokens / (double)PredictedTokens;

    public double OverlapRecall => GoldTokens == 0 ? 0 : OverlapTokens / (double)GoldTokens;

    public double OverlapF1 => OverlapPrecision + OverlapRecall == 0 ? 0 : 2 * OverlapPrecision * OverlapRecall / (OverlapPrecision + OverlapRecall);

    public void Add(IReadOnlyList<HashSet<int>> predicted, IReadOnlyList<HashSet<int>> gold)
    {
        predicted = [.. predicted.Where(p => p.Count > 0)];
        gold = [.. gold.Where(g => g.Count > 0)];
        Predicted += predicted.Count;
        Gold += gold.Count;
        ExactPredicted += predicted.Count(p => gold.Any(g => g.SetEquals(p)));
        ExactGold += gold.Count(g => predicted.Any(p => p.SetEquals(g)));
        PredictedTokens += predicted.Sum(p => p.Count);
        GoldTokens += gold.Sum(g => g.Count);
        var pairs = new List<(int P, int G, int Overlap)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = predicted[p].Count(gold[g].Contains);
                if (overlap > 0)
                {
                    pairs.Add((p, g, overlap));
                }
            }
        }

        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        foreach (var (p, g, overlap) in pairs.OrderByDescending(x => x.Overlap))
        {
            if (usedP.Add(p))
            {
                if (usedG.Add(g))
                {
                    OverlapTokens += overlap;
                }
                else
                {
                    usedP.Remove(p);
                }
            }
        }
    }
}

namespace Wirewatch.Evaluation.Coreference;

/// <summary>
/// MUC (Vilain et al. 1995), B-cubed (Bagga and Baldwin 1998) and entity-based CEAF (CEAF-e, Luo 2005) between a
/// key (gold clusters) and a response (system clusters) of mention ids. Mentions of the response that are not in
/// the key, and the reverse, are handled as the CoNLL reference scorer does: they count as their own singletons.
/// </summary>
public static class CoreferenceMetrics
{
    public static void Score(IReadOnlyList<IReadOnlySet<int>> key, IReadOnlyList<IReadOnlySet<int>> response, CoreferenceScores totals)
    {
        var (mucRecall, mucRecallDen) = Muc(key, response);
        var (mucPrecision, mucPrecisionDen) = Muc(response, key);
        totals.MucRecall.Add(mucRecall, mucRecallDen);
        totals.MucPrecision.Add(mucPrecision, mucPrecisionDen);

        var (b3Recall, b3RecallDen) = BCubed(key, response);
        var (b3Precision, b3PrecisionDen) = BCubed(response, key);
        totals.BCubedRecall.Add(b3Recall, b3RecallDen);
        totals.BCubedPrecision.Add(b3Precision, b3PrecisionDen);

        var similarity = CeafE(key, response);
        totals.CeafRecall.Add(similarity, key.Count);
        totals.CeafPrecision.Add(similarity, response.Count);
    }

    // MUC recall of 'key' against 'response' (swap the two for precision): the links of each key cluster that
    // the response keeps, Σ(|K| - |partitions of K by the response|) over Σ(|K| - 1).
    private static (double Numerator, double Denominator) Muc(IReadOnlyList<IReadOnlySet<int>> key, IReadOnlyList<IReadOnlySet<int>> response)
    {
        var clusterOf = ClusterIndex(response);
        double numerator = 0, denominator = 0;
        foreach (var cluster in key)
        {
            var partitions = new HashSet<int>();
            var unmatched = 0;
            foreach (var mention in cluster)
            {
                if (clusterOf.TryGetValue(mention, out var index))
                {
                    partitions.Add(index);
                }
                else
                {
                    unmatched++;
                }
            }

            numerator += cluster.Count - (partitions.Count + unmatched);
            denominator += cluster.Count - 1;
        }

        return (numerator, denominator);
    }

    // B-cubed recall (swap for precision): for each key mention, the share of its key cluster found in its response cluster.
    private static (double Numerator, double Denominator) BCubed(IReadOnlyList<IReadOnlySet<int>> key, IReadOnlyList<IReadOnlySet<int>> response)
    {
        var clusterOf = ClusterIndex(response);
        double numerator = 0;
        var denominator = 0;
        foreach (var cluster in key)
        {
            foreach (var mention in cluster)
            {
                var overlap = clusterOf.TryGetValue(mention, out var index) ? cluster.Count(response[index].Contains) : 1;
                numerator += overlap / (double)cluster.Count;
                denominator++;
            }
        }

        return (numerator, denominator);
    }

    // CEAF-e: the best one-to-one alignment of key and response entities under φ4(K, R) = 2|K ∩ R| / (|K| + |R|).
    private static double CeafE(IReadOnlyList<IReadOnlySet<int>> key, IReadOnlyList<IReadOnlySet<int>> response)
    {
        if (key.Count == 0 || response.Count == 0)
        {
            return 0;
        }

        var weights = new double[key.Count, response.Count];
        for (var k = 0; k < key.Count; k++)
        {
            for (var r = 0; r < response.Count; r++)
            {
                var overlap = key[k].Count(response[r].Contains);
                weights[k, r] = overlap == 0 ? 0 : 2.0 * overlap / (key[k].Count + response[r].Count);
            }
        }

        return Assignment.MaximumWeight(weights);
    }

    private static Dictionary<int, int> ClusterIndex(IReadOnlyList<IReadOnlySet<int>> clusters)
    {
        var index = new Dictionary<int, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var mention in clusters[c])
            {
                index.TryAdd(mention, c);
            }
        }

        return index;
    }
}

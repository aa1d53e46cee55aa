namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// How likely a place is to be meant when nothing else is known: the order of magnitude of its population,
/// plus a bonus for countries and capitals. A region scores below a same-named city of similar size, so a bare
/// "Kherson" is the city and "Kherson region" must say so.
/// </summary>
public static class PlacePrior
{
    public static double Score(Place place)
    {
        var size = Math.Log10(Math.Max(place.Population, 1) + 1);
        return place.Kind switch
        {
            PlaceKind.Country => size + 2,
            PlaceKind.Region => size - 1,
            _ => size + FeatureBonus(place.FeatureCode),
        };
    }

    /// <summary>Higher first: the candidate order of a lookup.</summary>
    public static int Compare(Place a, Place b)
    {
        var byScore = Score(b).CompareTo(Score(a));
        return byScore != 0 ? byScore : a.GeonameId.CompareTo(b.GeonameId);
    }

    private static double FeatureBonus(string featureCode) => featureCode switch
    {
        "PPLC" => 3,
        "PPLG" or "PPLCH" => 1.5,
        "PPLA" => 1,
        "PPLA2" => 0.5,
        _ => 0,
    };
}

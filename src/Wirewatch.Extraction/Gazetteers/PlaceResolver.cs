namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// Settles which place an ambiguous name means. Each candidate scores its prior (<see cref="PlacePrior"/>:
/// size, capital, country), plus points when the article names its country or region elsewhere, plus a large
/// bonus when the words around it say its kind ("Kherson region", "the city of Kherson", "Washington state") or
/// when a qualifier follows ("Paris, Texas"). Pure: no clock, no I/O.
/// </summary>
public static class PlaceResolver
{
    private const double CountryNamed = 2;
    private const double TopCountry = 1;
    private const double RegionNamed = 1;
    private const double KindStated = 10;
    private const double Qualified = 10;

    /// <summary>Resolves every place match of a document against the context the document itself gives.</summary>
    public static IReadOnlyList<ResolvedPlace> ResolveAll(string text, GazetteerMatches matches)
    {
        var context = PlaceContext.From(matches);
        var resolved = new List<ResolvedPlace>(matches.Places.Count);
        for (var i = 0; i < matches.Places.Count; i++)
        {
            var next = i + 1 < matches.Places.Count ? matches.Places[i + 1] : null;
            var qualifier = next is not null && IsQualifier(text, matches.Places[i], next) ? next : null;
            resolved.Add(Resolve(matches.Places[i], context, qualifier));
        }

        return resolved;
    }

    /// <summary>
    /// The best candidate of one match. <paramref name="qualifier"/> is a place name right after it that narrows
    /// it down ("Paris, Texas"; "Washington, D.C." is a name of its own).
    /// </summary>
    public static ResolvedPlace Resolve(PlaceMatch match, PlaceContext context, PlaceMatch? qualifier = null)
    {
        Place? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in match.Candidates)
        {
            var score = Score(candidate, match.Hint, context, qualifier);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        var place = best ?? throw new ArgumentException("A place match needs at least one candidate.", nameof(match));
        return new ResolvedPlace(match, place, GeoPrecision(place, match.Hint), bestScore);
    }

    /// <summary>ACLED's scale: 1 a town named, 2 a region or "near" a town, 3 a country.</summary>
    public static int GeoPrecision(Place place, PlaceHint hint) => place.Kind switch
    {
        PlaceKind.Country => 3,
        PlaceKind.Region => 2,
        _ => hint is PlaceHint.Region or PlaceHint.Vicinity ? 2 : 1,
    };

    private static double Score(Place candidate, PlaceHint hint, PlaceContext context, PlaceMatch? qualifier)
    {
        var score = PlacePrior.Score(candidate);
        if (context.CountryMentions(candidate.CountryCode) > 0)
        {
            score += CountryNamed;
        }

        if (context.TopCountry == candidate.CountryCode)
        {
            score += TopCountry;
        }

        if (context.RegionMentions(candidate.Admin1Key) > 0)
        {
            score += RegionNamed;
        }

        if ((hint == PlaceHint.Region && candidate.Kind == PlaceKind.Region) || (hint == PlaceHint.City && candidate.Kind == PlaceKind.City))
        {
            score += KindStated;
        }

        if (qualifier is not null && qualifier.Candidates.Any(q => Contains(q, candidate)))
        {
            score += Qualified;
        }

        return score;
    }

    private static bool Contains(Place outer, Place inner) => outer.Kind switch
    {
        PlaceKind.Country => inner.Kind != PlaceKind.Country && inner.CountryCode == outer.CountryCode,
        PlaceKind.Region => inner.Kind == PlaceKind.City && inner.Admin1Key == outer.Admin1Key,
        _ => false,
    };

    /// <summary>"Paris, Texas": the next name follows right after a comma and is a region or country.</summary>
    private static bool IsQualifier(string text, PlaceMatch match, PlaceMatch next)
        => next.FirstToken == match.EndToken + 1
           && text.AsSpan(match.Span.End, next.Span.Start - match.Span.End).Trim().SequenceEqual(",")
           && next.Candidates.Any(c => c.Kind != PlaceKind.City);
}

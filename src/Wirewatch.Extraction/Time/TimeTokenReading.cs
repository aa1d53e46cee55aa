namespace Wirewatch.Extraction.Time;

/// <summary>Small readings of the time tokens shared by the recognisers: a day or year number, a relative word, the end of a clause, a unit code.</summary>
internal static class TimeTokenReading
{
    /// <summary>The earliest year a four-digit number may name.</summary>
    internal const int MinYear = 1000;

    /// <summary>The latest year a four-digit number may name.</summary>
    internal const int MaxYear = 2100;

    internal static int DayAt(TimeTokens t, int k)
    {
        var day = t.Integer(k);
        if (day is >= 1 and <= 31 && t[k].Kind == Core.TokenKind.Number)
        {
            return day;
        }

        return t.OrdinalDay(k);
    }

    internal static int YearAt(TimeTokens t, int k)
        => k < t.Count && t[k].Kind == Core.TokenKind.Number && t[k].End - t[k].Start == 4 && t.Integer(k) is >= MinYear and <= MaxYear and var year ? year : -1;

    internal static bool IsCount(TimeTokens t, int k)
        => t.Quantity(k) is not null || t.Match(k, TimeWordClass.Number, allowWeak: true) is not null;

    internal static TimeWord? MatchRelative(TimeTokens t, int k, bool pre)
    {
        if (pre)
        {
            return t.Match(k, TimeWordClass.Relative, extra: "pre");
        }

        if (t.Match(k, TimeWordClass.Relative, extra: "post") is { } post)
        {
            return post;
        }

        return t.Match(k, TimeWordClass.Relative, extra: "post-final") is { } final && EndsClause(t, k + final.Length) ? final : null;
    }

    internal static bool EndsClause(TimeTokens t, int k) => k >= t.Count || t[k].Kind == Core.TokenKind.Punctuation;

    internal static TimeRelation ParseRelation(string value) => Enum.Parse<TimeRelation>(value, ignoreCase: true);

    /// <summary>The unit of a unit code of <c>data/time/units.tsv</c>, and how many of it the word means (a fortnight is 2 weeks).</summary>
    internal static TimeUnit UnitOf(string code, out int multiplier)
    {
        multiplier = code == "FN" ? 2 : 1;
        return code switch
        {
            "S" => TimeUnit.Second,
            "MIN" => TimeUnit.Minute,
            "H" => TimeUnit.Hour,
            "D" => TimeUnit.Day,
            "WE" => TimeUnit.Weekend,
            "W" or "FN" => TimeUnit.Week,
            "M" => TimeUnit.Month,
            "Q" => TimeUnit.Quarter,
            "HY" => TimeUnit.HalfYear,
            "Y" => TimeUnit.Year,
            "DE" => TimeUnit.Decade,
            "CE" => TimeUnit.Century,
            _ => throw new Core.WirewatchException(Core.ErrorCode.MissingData, $"time/units.tsv: unknown unit code '{code}'"),
        };
    }
}

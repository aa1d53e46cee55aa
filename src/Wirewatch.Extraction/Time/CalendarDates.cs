using static Wirewatch.Extraction.Time.TimeTokenReading;

namespace Wirewatch.Extraction.Time;

/// <summary>Dates and calendar words: months and days, years written or said aloud, decades, centuries, seasons and holidays ("May 3, 2021", "the winter of 1994", "the nineties").</summary>
internal static class CalendarDates
{
    /// <summary>A named day ("Thanksgiving Day", "Christmas"), with its year if one follows.</summary>
    internal static int? ParseHoliday(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Holiday) is not { } holiday)
        {
            return null;
        }

        var parts = holiday.Value.Split('-');
        spec.Month = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        spec.Day = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Length > 2)
        {
            spec.OnOrAfterWeekday = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        return ParseOfYear(t, j + holiday.Length, spec);
    }

    internal static int? ParseMonthFirst(TimeTokens t, int j, TimeSpec spec, bool context)
    {
        if (t.Match(j, TimeWordClass.Month) is not { } month)
        {
            return null;
        }

        var k = j + 1;
        var day = DayAt(t, k);
        if (day > 0)
        {
            k++;
        }

        var yearAt = t.Is(k, ",") || t.Is(k, "of") ? k + 1 : k;
        var year = YearAt(t, yearAt);
        var yearEnd = yearAt + 1;
        var spoken = new TimeSpec();
        if (year < 0 && ParseSpokenYear(t, yearAt, spoken, afterYearWord: false) is { } spokenEnd)
        {
            // "January nineteen ninety-seven".
            (year, yearEnd) = (spoken.Year!.Value, spokenEnd);
        }

        if (month.Weak && ((!context && day < 0 && year < 0 && !IsMonthBeforeNoun(t, j)) || (day < 0 && year < 0 && j > 0 && t.Is(j - 1, "the") && EndsClause(t, k))))
        {
            // "may", "march" alone; "took part in the march." is a walk, not a month.
            return null;
        }

        spec.Month = month.Number;
        if (day > 0)
        {
            spec.Day = day;
        }

        if (year > 0)
        {
            spec.Year = year;
            k = yearEnd;
        }
        else
        {
            k = ParseOfYear(t, k, spec);
        }

        return k;
    }

    internal static int? ParseDayFirst(TimeTokens t, int j, TimeSpec spec)
    {
        var day = DayAt(t, j);
        if (day < 0)
        {
            return null;
        }

        var k = t.Is(j + 1, "of") ? j + 2 : j + 1;
        if (t.Match(k, TimeWordClass.Month) is not { } month)
        {
            return null;
        }

        (spec.Month, spec.Day) = (month.Number, day);
        k++;
        var yearAt = t.Is(k, ",") ? k + 1 : k;
        if (YearAt(t, yearAt) is > 0 and var year)
        {
            spec.Year = year;
            k = yearAt + 1;
        }

        return k;
    }

    /// <summary>
    /// "the March accession": a month written with its capital after "the", before a lower-case noun that is no
    /// preposition (not "the march.", not "the March on Washington").
    /// </summary>
    private static bool IsMonthBeforeNoun(TimeTokens t, int j)
        => j > 0 && t.Is(j - 1, "the") && char.IsUpper(t.Text(j)[0]) && j + 1 < t.Count && t[j + 1].Kind == Core.TokenKind.Word
            && char.IsLower(t.Text(j + 1)[0]) && t.Match(j + 1, TimeWordClass.Context) is null;

    /// <summary>"of 2009", "of this year", "of last year" after a quarter, month or season; or a year, "this year" or "last year" right after it.</summary>
    internal static int ParseOfYear(TimeTokens t, int k, TimeSpec spec)
    {
        var at = t.Is(k, "of") ? k + 1 : k;
        if (YearAt(t, at) is > 0 and var year)
        {
            spec.Year = year;
            return at + 1;
        }

        if (at > k && ParseSpokenYear(t, at, spec, afterYearWord: false) is { } spokenEnd)
        {
            // "the winter of nineteen ninety-four".
            return spokenEnd;
        }

        if (MatchRelative(t, at, pre: true) is { } relative
            && t.Match(at + relative.Length, TimeWordClass.Unit) is { Value: "Y" }
            && ParseRelation(relative.Value) is var relation
            && (at > k || relation is TimeRelation.Last or TimeRelation.Next or TimeRelation.This))
        {
            // "of last year", "January this year", "the third quarter of next year": the relation places the year.
            spec.Relation = relation;
            spec.RelativeYear = true;
            return at + relative.Length + 1;
        }

        return k;
    }

    internal static int? ParseYear(TimeTokens t, int j, TimeSpec spec)
    {
        var k = t.Match(j, TimeWordClass.Fiscal) is { } fiscal ? j + fiscal.Length : j;
        if (YearAt(t, k) is not (> 0 and var year))
        {
            return null;
        }

        spec.Year = year;
        var ordinal = t.Match(k + 1, TimeWordClass.Ordinal, allowWeak: false);
        var unitAt = ordinal is null ? k + 1 : k + 2;
        if (t.Match(unitAt, TimeWordClass.Unit, allowWeak: false) is { Value: "Q" })
        {
            // "the 1988 third quarter", "the 1988 quarter".
            spec.Quarter = ordinal is { Number: >= 1 and <= 4 } ? ordinal.Number : -1;
            return unitAt + 1;
        }

        if (ordinal is null && j > 0 && t.Is(j - 1, "the") && t.Match(k + 1, TimeWordClass.Neighbour) is { Value: "PERIOD" })
        {
            // "the 1988 period" in a report: the period reported, in that year.
            spec.Quarter = -1;
            return k + 2;
        }

        return k + 1;
    }

    /// <summary>
    /// A year said aloud: "nineteen ninety-six", "eighteen twelve", "two thousand and five"; "two thousand" alone
    /// only after "the year".
    /// </summary>
    internal static int? ParseSpokenYear(TimeTokens t, int j, TimeSpec spec, bool afterYearWord)
    {
        if (t.Match(j, TimeWordClass.SpokenCentury) is not { } century)
        {
            return null;
        }

        var k = j + century.Length;
        var single = century.Length == 1;
        if (!single && t.Is(k, "and"))
        {
            k++;
        }

        var rest = -1;
        if (t.Match(k, TimeWordClass.Number, allowWeak: false) is { Number: >= 1 and < 100 } tens && tens.Length == 1)
        {
            rest = tens.Number;
            k++;
            if (rest >= 20 && rest % 10 == 0 && t.Match(k, TimeWordClass.Number, allowWeak: false) is { Number: >= 1 and <= 9 } ones && ones.Length == 1)
            {
                rest += ones.Number;
                k++;
            }
        }

        if (rest < 0 && (single || !afterYearWord))
        {
            return null;
        }

        if (single && rest < 10)
        {
            // "nineteen five" is not how a year is said; "nineteen oh five" is not read.
            return null;
        }

        spec.Year = (century.Number * 100) + Math.Max(rest, 0);
        return k;
    }

    /// <summary>"the 20th century", "the eleventh century": the century as TIMEX3 writes it (19, 10).</summary>
    internal static int? ParseOrdinalCentury(TimeTokens t, int j, TimeSpec spec)
    {
        var number = t.Match(j, TimeWordClass.Ordinal, allowWeak: false) is { Number: > 0 } ordinal ? ordinal.Number : t.OrdinalDay(j);
        if (number < 1 || t.Match(j + 1, TimeWordClass.Unit, allowWeak: false) is not { Value: "CE" } || t.Text(j + 1).EndsWith('s'))
        {
            return null;
        }

        spec.Century = number - 1;
        return j + 2;
    }

    internal static int? ParseDecade(TimeTokens t, int j, TimeSpec spec)
    {
        if (j > 0 && t.Is(j - 1, "the") && t.Match(j, TimeWordClass.SpokenDecade, allowWeak: false) is { } spoken && !IsAge(t, j))
        {
            // "through the nineties".
            spec.Decade = -spoken.Number;
            return j + 1;
        }

        var k = t.Is(j, "'") ? j + 1 : j;
        if (k > j && t.Integer(k) is >= 0 and <= 99 && t[k].End - t[k].Start == 2)
        {
            // "since '82": a year of the last hundred before the article.
            spec.Decade = null;
            spec.Year = -1 - t.Integer(k);
            return k + 1;
        }

        if (t.Decade(k) is not { } decade || (decade < 0 && IsAge(t, j)))
        {
            return null;
        }

        spec.Decade = decade;
        return k + 1;
    }

    /// <summary>"in his 30s", "in her early 40s": a decade of someone's life, an age rather than a time ("their 1980s heyday" stays a time).</summary>
    internal static bool IsAge(TimeTokens t, int j)
    {
        var before = j - 1;
        if (before > 0 && t.Match(before, TimeWordClass.Modifier) is { Length: 1 })
        {
            before--;
        }

        return before >= 0 && t.Match(before, TimeWordClass.Neighbour) is { Value: "AGE" };
    }

    internal static int? ParseSeason(TimeTokens t, int j, TimeSpec spec, bool context)
    {
        if (t.Match(j, TimeWordClass.Season) is not { } season)
        {
            return null;
        }

        var year = YearAt(t, j + 1);
        if (season.Weak && !context && year < 0)
        {
            return null;
        }

        spec.Season = season.Value;
        if (year > 0)
        {
            spec.Year = year;
            return j + 2;
        }

        return ParseOfYear(t, j + 1, spec);
    }
}

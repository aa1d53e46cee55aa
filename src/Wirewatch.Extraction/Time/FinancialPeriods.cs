using static Wirewatch.Extraction.Time.CalendarDates;
using static Wirewatch.Extraction.Time.TimeTokenReading;
using static Wirewatch.Extraction.Time.UnitPhrases;

namespace Wirewatch.Extraction.Time;

/// <summary>Quarters and halves of a (fiscal) year and the periods a report compares ("the fiscal third quarter", "the year-ago period").</summary>
internal static class FinancialPeriods
{
    internal static int? ParseOrdinalUnit(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Fiscal) is { Value: "FY" } fiscal)
        {
            // "the fiscal first quarter", "fiscal second-quarter": the company's own count of quarters.
            j += fiscal.Length;
            spec.Fiscal = true;
        }

        if (t.Match(j, TimeWordClass.Ordinal) is not { } ordinal)
        {
            return null;
        }

        if (ordinal.Number is 1 or -1 && t.Match(j + 1, TimeWordClass.Number, allowWeak: false) is { Number: 2 }
            && t.Match(j + 2, TimeWordClass.Unit) is { Value: "Q" } quarters && quarters.Words[0].EndsWith('s'))
        {
            // "the first two quarters of 1990": the first half of that year.
            var halfSpec = new TimeSpec { Half = ordinal.Number == 1 ? 1 : 2 };
            var halfEnd = ParseOfYear(t, j + 3, halfSpec);
            if (halfSpec.Year is null && !halfSpec.RelativeYear)
            {
                return null;
            }

            (spec.Half, spec.Year, spec.Relation, spec.RelativeYear) = (halfSpec.Half, halfSpec.Year, halfSpec.Relation, halfSpec.RelativeYear);
            return halfEnd;
        }

        if (t.Match(j + 1, TimeWordClass.Unit) is not { Value: "Q" or "HY" } unit)
        {
            return null;
        }

        var number = ordinal.Number < 0 ? (unit.Value == "Q" ? 4 : 2) : ordinal.Number;
        if ((unit.Value == "Q" && number > 4) || (unit.Value == "HY" && number > 2))
        {
            return null;
        }

        if (unit.Value == "Q")
        {
            spec.Quarter = number;
        }
        else
        {
            spec.Half = number;
        }

        return ParseOfYear(t, j + 2, spec);
    }

    /// <summary>
    /// "quarter a year ago", "corresponding period last year", "period a year earlier" (after "the" or "the same"): the
    /// period a report compares with, a year before the one reported. Sets <paramref name="spec"/> as "the year-ago
    /// period" and gives the end, or null.
    /// </summary>
    internal static int? PeriodYearBack(TimeTokens t, int j, TimeSpec spec)
    {
        var k = t.Match(j, TimeWordClass.Neighbour) is { Value: "COMPARED" } compared ? j + compared.Length : j;
        var quarter = t.Match(k, TimeWordClass.Unit, allowWeak: false) is { Value: "Q" } unit && !unit.Words[0].EndsWith('s');
        if (!quarter && t.Match(k, TimeWordClass.Neighbour) is not { Value: "PERIOD" })
        {
            return null;
        }

        k++;
        int end;
        if ((t.Is(k, "a") || t.Is(k, "one")) && t.Match(k + 1, TimeWordClass.Unit, allowWeak: false) is { Value: "Y" } year && !year.Words[0].EndsWith('s')
            && MatchRelative(t, k + 2, pre: false) is { Value: "AGO" or "EARLIER" } back)
        {
            end = k + 2 + back.Length;
        }
        else if (MatchRelative(t, k, pre: true) is { Value: "LAST" } last && t.Match(k + last.Length, TimeWordClass.Unit, allowWeak: false) is { Value: "Y" } lastYear
            && !lastYear.Words[0].EndsWith('s') && !t.Is(k + last.Length + 1, "'s"))
        {
            end = k + last.Length + 1;
        }
        else
        {
            return null;
        }

        (spec.Unit, spec.Relation, spec.Count, spec.PeriodUnit) = (TimeUnit.Year, TimeRelation.Ago, 1, quarter ? TimeUnit.Quarter : TimeUnit.None);
        return end;
    }

    /// <summary>
    /// What may follow "year-ago" or "year-earlier" in a report: the period compared ("the year-ago period", "the
    /// year-earlier quarter"), a named quarter or half a year back ("the year-ago third quarter"), or a length of time
    /// ("the year-earlier nine months").
    /// </summary>
    internal static int ComparedPeriod(TimeTokens t, int k, TimeSpec spec)
    {
        if (spec.Unit != TimeUnit.Year || spec.Relation is not (TimeRelation.Ago or TimeRelation.Earlier))
        {
            return k;
        }

        if (t.Match(k, TimeWordClass.Neighbour) is { Value: "PERIOD" or "QUARTER" } period)
        {
            spec.PeriodUnit = period.Value == "QUARTER" ? TimeUnit.Quarter : TimeUnit.None;
            return k + 1;
        }

        var part = new TimeSpec();
        if (ParseOrdinalUnit(t, k, part) is { } partEnd && part.Year is null && !part.RelativeYear)
        {
            (spec.Unit, spec.Relation, spec.Count, spec.Quarter, spec.Half, spec.YearShift) = (TimeUnit.None, TimeRelation.None, null, part.Quarter, part.Half, -1);
            return partEnd;
        }

        var length = new TimeSpec();
        if (ParseCountUnit(t, k, length) is { } lengthEnd && length.IsDuration)
        {
            (spec.Unit, spec.Relation, spec.Count, spec.IsDuration) = (length.Unit, TimeRelation.None, length.Count, true);
            return lengthEnd;
        }

        return k;
    }
}

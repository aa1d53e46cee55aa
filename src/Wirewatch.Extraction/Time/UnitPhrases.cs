using static Wirewatch.Extraction.Time.CalendarDates;
using static Wirewatch.Extraction.Time.FinancialPeriods;
using static Wirewatch.Extraction.Time.TimeTokenReading;

namespace Wirewatch.Extraction.Time;

/// <summary>Times counted in units: lengths of time, units placed by a relative word, recurring times and duration words ("two weeks ago", "the past year", "every Monday", "annual").</summary>
internal static class UnitPhrases
{
    internal static int? ParseCountUnit(TimeTokens t, int j, TimeSpec spec)
    {
        var k = j;
        double count;
        if (t.Quantity(j) is { } quantity && !(t.Integer(j) is >= MinYear and <= MaxYear))
        {
            count = quantity;
            k++;
            if (t.Fraction(k) is { } fraction)
            {
                // "2 1/2 years".
                count += fraction.Value;
                k += fraction.Tokens;
            }
        }
        else if (t.Match(j, TimeWordClass.Number) is { } number)
        {
            count = number.Number;
            k += number.Length;
            if (count >= 20 && t.Match(k, TimeWordClass.Number, allowWeak: false) is { Number: > 0 and < 10 } ones)
            {
                count += ones.Number;
                k++;
            }
        }
        else
        {
            return null;
        }

        if (t.Match(k, TimeWordClass.UnitAdjective) is { } adjective)
        {
            k += adjective.Length;
        }

        if (t.Match(k, TimeWordClass.Unit, allowWeak: false) is not { } unit || t.Is(k + 1, "old")
            || (unit.Value == "S" && t.Match(j, TimeWordClass.Number) is { Weak: true })
            || (unit.Value == "Q" && t.Match(k + 1, TimeWordClass.Neighbour) is { Value: "FRACTION" }))
        {
            // "23 years old" is an age, "a second" an ordinal, "three-quarters of its food" a share.
            return null;
        }

        spec.Unit = UnitOf(unit.Value, out var multiplier);
        k++;
        if (count > 0 && t.Match(k, TimeWordClass.Half) is { } half)
        {
            // "a year and a half".
            count += double.Parse(half.Value, System.Globalization.CultureInfo.InvariantCulture);
            k += half.Length;
        }

        spec.Count = count < 0 ? -1 : count * multiplier;
        if (MatchRelative(t, k, pre: false) is { } post)
        {
            spec.Relation = ParseRelation(post.Value);
            return k + post.Length;
        }

        spec.IsDuration = true;
        return k;
    }

    internal static int? ParseUnit(TimeTokens t, int j, TimeSpec spec, bool the)
    {
        if ((the || spec.Relation != TimeRelation.None) && t.Match(j, TimeWordClass.Fiscal) is { } adjective)
        {
            j += adjective.Length;
        }

        if (the && spec.Relation is TimeRelation.None or TimeRelation.Same && PeriodYearBack(t, j, spec) is { } comparedEnd)
        {
            // "the quarter a year ago", "the same period last year", "the corresponding period a year earlier": the year-ago period.
            return comparedEnd;
        }

        if (spec.Relation == TimeRelation.Latest && t.Match(j, TimeWordClass.Neighbour) is { Value: "PERIOD" })
        {
            // "the latest period" in a report: the latest quarter, or the period reported.
            spec.Unit = TimeUnit.Quarter;
            return j + 1;
        }

        if (t.Match(j, TimeWordClass.Unit, allowWeak: false) is not { } unit
            || (spec.Relation != TimeRelation.None && !t[j].StartsWord && unit.Value is "S" or "MIN" or "H"))
        {
            // "the last-minute talks": an adjective, no time.
            return null;
        }

        spec.Unit = UnitOf(unit.Value, out var multiplier);
        var plural = unit.Words[0].EndsWith('s') || unit.Words[0] == "centuries";
        var k = j + 1;
        if (MatchRelative(t, k, pre: false) is { } post && spec.Relation == TimeRelation.None)
        {
            // "years ago" counts no units: a vague past (PAST_REF).
            spec.Relation = ParseRelation(post.Value);
            spec.Count = plural ? -1 : multiplier;
            return t[k].StartsWord ? k + post.Length : ComparedPeriod(t, k + post.Length, spec);
        }

        if (spec.Relation == TimeRelation.None && k < t.Count && !t[k].StartsWord && t.Is(k, "long"))
        {
            // "a day-long meeting", "a decades-long battle": a length of time.
            spec.Count = plural ? -1 : multiplier;
            spec.IsDuration = true;
            return k + 1;
        }

        if (plural && t.Is(k, "old"))
        {
            // "Mr. Reupke, 52 years old": an age.
            return null;
        }

        if (plural)
        {
            spec.Count = -1;
            spec.IsDuration = true;
            return k;
        }

        if (the && spec.Relation == TimeRelation.None && spec.Unit == TimeUnit.Week && !plural && t.Is(k, "of")
            && ParseMonthFirst(t, k + 1, spec, context: true) is { } weekOfEnd && spec.Day is not null)
        {
            // "the week of March 6": the week that day falls in.
            (spec.Unit, spec.WeekOf) = (TimeUnit.None, true);
            return weekOfEnd;
        }

        if (the && spec.Relation == TimeRelation.None && spec.Unit == TimeUnit.Year)
        {
            if (YearAt(t, k) is > 0 and var named)
            {
                // "the year 2000".
                spec.Unit = TimeUnit.None;
                spec.Year = named;
                return k + 1;
            }

            var spoken = new TimeSpec();
            if (ParseSpokenYear(t, k, spoken, afterYearWord: true) is { } spokenEnd)
            {
                // "the year two thousand".
                spec.Unit = TimeUnit.None;
                spec.Year = spoken.Year;
                return spokenEnd;
            }
        }

        if (spec.Unit == TimeUnit.Year && spec.Relation is TimeRelation.Last or TimeRelation.Next or TimeRelation.This && t.Is(k, "'s"))
        {
            var part = new TimeSpec();
            if (ParseOrdinalUnit(t, k + 1, part) is { } partEnd && part.Year is null)
            {
                // "this year's third quarter", "next year's first half".
                (spec.Unit, spec.Quarter, spec.Half, spec.RelativeYear) = (TimeUnit.None, part.Quarter, part.Half, true);
                return partEnd;
            }
        }

        if (spec.Relation == TimeRelation.Last && spec.Unit == TimeUnit.Year && t.Is(k, "'s")
            && t.Match(k + 1, TimeWordClass.Neighbour) is { Value: "PERIOD" or "QUARTER" } period)
        {
            // "last year's quarter": the year-ago period.
            (spec.Relation, spec.Count, spec.PeriodUnit) = (TimeRelation.Ago, 1, period.Value == "QUARTER" ? TimeUnit.Quarter : TimeUnit.None);
            return k + 2;
        }

        if (spec.Relation == TimeRelation.None && !plural && spec.Unit is TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year
            && t.Match(k, TimeWordClass.Neighbour) is { Value: "END" } end)
        {
            // "by year-end", "around year end", "by year's end": the end of this year.
            (spec.Relation, spec.Modifier) = (TimeRelation.This, "END");
            return k + end.Length;
        }

        if (the && spec.Relation == TimeRelation.None && t.Match(k, TimeWordClass.PeriodEnd) is { } ended && ended.Value == unit.Value)
        {
            // "for the year ended March 31": the length of the year that ended then.
            spec.Count = multiplier;
            spec.IsDuration = true;
            return k;
        }

        switch (spec.Relation)
        {
            case TimeRelation.None when the && spec.Unit < TimeUnit.Day:
                return null;
            case TimeRelation.None when the && spec.Unit == TimeUnit.Weekend:
                break;
            case TimeRelation.None when the:
                spec.Relation = spec.Unit switch
                {
                    TimeUnit.Quarter => TimeRelation.Latest,
                    TimeUnit.Day => TimeRelation.Same,
                    _ => TimeRelation.This,
                };
                break;
            case TimeRelation.None:
                return null;
            case TimeRelation.Past when the && multiplier == 1 && spec.Unit == TimeUnit.Year:
                // "over the past year": last year, as TimeBank dates it (decades and centuries stay lengths).
                spec.Relation = TimeRelation.Last;
                break;
            case TimeRelation.Past:
            case TimeRelation.Recent:
                spec.Count = multiplier;
                spec.IsDuration = true;
                break;
        }

        if (multiplier != 1)
        {
            spec.Count = multiplier;
            spec.IsDuration = true;
        }

        return ParseOfYear(t, k, spec);
    }

    internal static int? ParseSet(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Set) is not { } set)
        {
            return null;
        }

        if (set.Value != "EVERY")
        {
            spec.Set = set.Value;
            return j + 1;
        }

        var k = t.Is(j + 1, "other") ? j + 2 : j + 1;
        var every = t.Is(j + 1, "other") ? 2 : 1;
        if (t.Match(k, TimeWordClass.Weekday, allowWeak: false) is { } weekday)
        {
            // "every Monday", "each Thursday".
            spec.Set = $"XXXX-WXX-{weekday.Number}";
            return k + 1;
        }

        if (t.Match(k, TimeWordClass.Month) is { } month)
        {
            // "each July", "every summer": that month or season of every year (TIMEX3 guidelines: XXXX-07, XXXX-SU).
            spec.Set = "XXXX-" + month.Number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            return k + 1;
        }

        if (t.Match(k, TimeWordClass.Season) is { } season)
        {
            spec.Set = "XXXX-" + season.Value;
            return k + 1;
        }

        var counted = new TimeSpec();
        if (ParseCountUnit(t, k, counted) is { } end && counted.IsDuration)
        {
            spec.Set = TimexFormat.Duration(counted.Unit, counted.Count!.Value);
            return end;
        }

        if (t.Match(k, TimeWordClass.Unit, allowWeak: false) is { } unit)
        {
            var code = UnitOf(unit.Value, out var multiplier);
            spec.Set = TimexFormat.Duration(code, every * multiplier);
            return k + 1;
        }

        if (DayTimes.DayPartAt(t, k) is { } part)
        {
            spec.Set = $"XXXX-XX-XXT{part.Value}";
            return k + 1;
        }

        return null;
    }

    internal static int? ParseDurationWord(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Duration) is not { } word
            || (word.Weak && t.Match(j + word.Length, TimeWordClass.Neighbour) is not { Value: "RESULT" })
            || (word.Extra == "for" && (j == 0 || !t.Is(j - 1, "for"))))
        {
            // "an annual profit" is the year's; "the annual meeting" names no time; "for a while" is a length, "once in a while" none.
            return null;
        }

        spec.IsDuration = true;
        spec.Fuzzy = word.Value;
        return j + word.Length;
    }
}

using static Wirewatch.Extraction.Time.CalendarDates;
using static Wirewatch.Extraction.Time.DayTimes;
using static Wirewatch.Extraction.Time.FinancialPeriods;
using static Wirewatch.Extraction.Time.TimeTokenReading;
using static Wirewatch.Extraction.Time.UnitPhrases;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// Finds time expressions in the tokens of a sentence by dictionary lookups on the time vocabulary: at each token
/// it reads an optional modifier ("early", "earlier"), "the", a relative word ("last", "past"), then one core
/// (a date, weekday, month, year, decade, season, quarter, clock time, length of time, vague or recurring time),
/// then what may follow it ("ago", "night", ", 2023"). Expressions never start or end inside a word.
/// </summary>
public static class TimeRecognizer
{
    /// <summary>How many words may lead up to the heart of a time ("about the past two weeks").</summary>
    private const int LeadLength = 4;

    /// <summary>Adds the expressions found in <paramref name="tokens"/> to <paramref name="found"/>, in order.</summary>
    public static void Recognize(TimeTokens tokens, List<RecognizedTime> found)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].StartsWord && MayStart(tokens, i) && TryParse(tokens, i, out var end, out var spec, out var first) && tokens[end - 1].EndsWord
                && !IsRate(tokens, first, spec) && !IsTitle(tokens, first, end))
            {
                spec.Ended = (spec.Quarter is not null || spec.Half is not null) && tokens.Match(end, TimeWordClass.PeriodEnd) is not null;
                found.Add(new RecognizedTime(first, end, spec));
                i = end;
                if (SecondDay(tokens, first, end, spec) is { } second)
                {
                    found.Add(second);
                    i = second.End;
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>"April 24 and 25", "May 3 or 4.": a second day of the same month, when the number ends the clause.</summary>
    private static RecognizedTime? SecondDay(TimeTokens t, int first, int end, TimeSpec spec)
    {
        if (spec.Month is not { } month || spec.Day is null || spec.Weekday is not null || spec.Hour is not null || spec.DayPart is not null
            || !(t.Is(end, "and") || t.Is(end, "or")) || DayAt(t, end + 1) is not (>= 1 and <= 31) || !t[end + 1].EndsWord || !EndsClause(t, end + 2))
        {
            return null;
        }

        var second = new TimeSpec { Year = spec.Year, Month = month, Day = DayAt(t, end + 1) };
        return new RecognizedTime(end + 1, end + 2, second) { TenseFrom = first };
    }

    /// <summary>
    /// "ABC's This Week", "ABC News' "This Week"": words of time in capitals after a possessive, with a unit or a
    /// relative word among them (which are written small in running text): the title of a show, no time.
    /// </summary>
    private static bool IsTitle(TimeTokens t, int first, int end)
    {
        var before = first - 1;
        if (before >= 0 && (t.Is(before, "\"") || t.Is(before, "``") || t.Is(before, "''")))
        {
            before--;
        }

        if (before < 0 || !(t.Is(before, "'s") || t.Is(before, "'")))
        {
            // "CBS's", "ABC News'".
            return false;
        }

        var small = false;
        for (var k = first; k < end; k++)
        {
            if (!char.IsUpper(t.Text(k)[0]))
            {
                return false;
            }

            small |= t.Match(k, TimeWordClass.Unit, allowWeak: false) is not null || t.Match(k, TimeWordClass.Relative) is not null;
        }

        return small;
    }

    /// <summary>"$1.76 a year", "four flights a week" after a number, "24 hours a day": a rate, which is not a time here.</summary>
    private static bool IsRate(TimeTokens t, int first, TimeSpec spec)
    {
        if (!spec.IsDuration || spec.Count != 1 || first == 0 || !(t.Is(first, "a") || t.Is(first, "an") || t.Is(first, "per")))
        {
            return false;
        }

        var before = first - 1;
        return t[before].Kind == Core.TokenKind.Number || t.Match(before, TimeWordClass.RateWord) is not null
            || (t.Match(before, TimeWordClass.Unit, allowWeak: false) is { } unit && unit.Words[0].EndsWith('s'))
            || (before > 0 && IsCountedPlural(t, before));
    }

    /// <summary>"four flights", "nearly 700 seats": a plural noun right after a number, which a rate may follow ("four flights a week").</summary>
    private static bool IsCountedPlural(TimeTokens t, int k)
    {
        var word = t.Text(k);
        return t[k].Kind == Core.TokenKind.Word && word.Length > 2 && (word[^1] is 's' or 'S') && t.IsCore(k) is false
            && (t[k - 1].Kind == Core.TokenKind.Number || t.Match(k - 1, TimeWordClass.Number, allowWeak: false) is not null);
    }

    /// <summary>
    /// A quick test before parsing: the token is the heart of a time, or a word that may lead one ("the", "last",
    /// "two") with such a heart a few tokens on, or the start of a vague phrase ("in the past").
    /// </summary>
    private static bool MayStart(TimeTokens t, int i)
    {
        if (t.IsCore(i))
        {
            return true;
        }

        for (var k = i + 1; k < t.Count && k <= i + LeadLength; k++)
        {
            if (t.IsCore(k))
            {
                return t.Is(i, "'") || t.Is(i, "the") || t.Starts(i, TimeWordClass.Holiday) || t.StartsAny(i, TimeWordClass.Modifier, TimeWordClass.Relative)
                    || t.StartsAny(i, TimeWordClass.Number, TimeWordClass.Ordinal) || t.StartsAny(i, TimeWordClass.Fiscal, TimeWordClass.Fuzzy)
                    || t.Starts(i, TimeWordClass.Set) || (t[i].Kind == Core.TokenKind.Number && t.Is(i + 1, "in") && t.Is(i + 2, "the"));
            }
        }

        return false;
    }

    private static bool TryParse(TimeTokens t, int i, out int end, out TimeSpec spec, out int first)
    {
        first = i;
        var fuzzy = t.Match(i, TimeWordClass.Fuzzy, allowWeak: false);
        if (fuzzy is not null && !WordByWord(t, i, fuzzy.Length))
        {
            // "the long-term partnership" is an adjective, not "the long term".
            fuzzy = null;
        }

        var fuzzyEnd = fuzzy is null ? -1 : i + fuzzy.Length;

        spec = new TimeSpec();
        var j = i;
        var modifier = t.Match(j, TimeWordClass.Modifier, allowWeak: IsCount(t, j + 1));
        if (modifier is not null)
        {
            spec.Modifier = modifier.Value;
            j += modifier.Length;
        }

        var afterModifier = j;
        var the = t.Is(j, "the");
        if (the)
        {
            j++;
        }

        var relative = MatchRelative(t, j, pre: true);
        if (relative is { Value: "LAST" } && t.Match(j + relative.Length, TimeWordClass.Unit) is { Value: "HY" } && t.Is(j + relative.Length + 1, "of")
            && YearAt(t, j + relative.Length + 2) > 0)
        {
            // "the last half of 1989": the second half, an ordinal ("last quarter" stays the quarter before).
            relative = null;
        }

        if (relative is not null)
        {
            spec.Relation = ParseRelation(relative.Value);
            j += relative.Length;
        }

        end = ParseCore(t, i, j, spec, the);
        if (spec.Relation == TimeRelation.ThisPast)
        {
            // "this past spring": the latest spring begun before the article (a season is placed by the tense);
            // "this past week", "this past Monday": the last one.
            spec.Relation = spec.Season is not null ? TimeRelation.None : TimeRelation.Last;
        }

        if (end > 0 && spec.Unit == TimeUnit.None && spec.DayPart is null && spec.Quarter is null
            && spec.Relation is TimeRelation.Same or TimeRelation.Previous or TimeRelation.Following or TimeRelation.Past or TimeRelation.Recent or TimeRelation.Latest
            && !(the && spec.Weekday is not null && spec.Month is null && spec.Relation is TimeRelation.Previous or TimeRelation.Following))
        {
            // "that" and "past" count only units ("that day", "the past week"), not names: "said Friday that Wednesday's";
            // "the previous Friday" and "the following Monday" are days counted from the one just talked about.
            end = -1;
        }
        if (fuzzy is { Length: > 1 } && end < fuzzyEnd && TryParse(t, i + 1, out var innerEnd, out var inner, out var innerFirst) && innerEnd > fuzzyEnd)
        {
            // "in the past two months" is "the past two months", not "in the past".
            (end, spec, first) = (innerEnd, inner, innerFirst);
            return true;
        }

        if (fuzzyEnd > end)
        {
            spec = new TimeSpec { Fuzzy = fuzzy!.Value };
            end = fuzzyEnd;
            return true;
        }

        if (end > i && spec.Unit == TimeUnit.None && spec.Relation == TimeRelation.None && spec.Quarter is null && spec.Half is null && spec.Decade is null && !spec.WeekOf)
        {
            // A name, number or date keeps neither "the" nor "about" ("the Oct. 23 shooting", "around Wednesday").
            first = the ? afterModifier + 1 : afterModifier;
            if (spec.Modifier is "START" or "END" or "MID" or "EARLIER" or "LATER")
            {
                first = i;
            }
            else
            {
                spec.Modifier = null;
            }
        }

        return end > i;
    }

    /// <summary>True when the <paramref name="length"/> tokens from <paramref name="i"/> are separate words, not parts of a hyphenated one.</summary>
    private static bool WordByWord(TimeTokens t, int i, int length)
    {
        for (var k = i + 1; k < i + length; k++)
        {
            if (!t[k].StartsWord)
            {
                return false;
            }
        }

        return true;
    }

    private static int ParseCore(TimeTokens t, int start, int j, TimeSpec spec, bool the)
    {
        if (j >= t.Count)
        {
            return -1;
        }

        var context = spec.Relation is TimeRelation.Last or TimeRelation.Next or TimeRelation.ThisPast || spec.Modifier is not null
            || (start > 0 && t.Match(start - 1, TimeWordClass.Context) is not null);

        if (t.IsoDate(j) is { } iso)
        {
            (spec.Year, spec.Month, spec.Day) = (iso.Year, iso.Month, iso.Day);
            return j + 1;
        }

        return ParseClock(t, j, spec)
            ?? ParseDeictic(t, j, spec)
            ?? ParseWeekday(t, j, spec)
            ?? ParseHoliday(t, j, spec)
            ?? ParseMonthFirst(t, j, spec, context)
            ?? ParseDayFirst(t, j, spec)
            ?? ParseOrdinalCentury(t, j, spec)
            ?? ParseOrdinalUnit(t, j, spec)
            ?? ParseCountUnit(t, j, spec)
            ?? ParseUnit(t, j, spec, the)
            ?? ParseYear(t, j, spec)
            ?? ParseSpokenYear(t, j, spec, afterYearWord: false)
            ?? ParseDecade(t, j, spec)
            ?? ParseSeason(t, j, spec, context || spec.Relation == TimeRelation.This)
            ?? ParseDayPart(t, j, spec, the)
            ?? ParseSet(t, j, spec)
            ?? ParseDurationWord(t, j, spec)
            ?? -1;
    }
}

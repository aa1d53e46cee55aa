namespace Wirewatch.Extraction.Time;

/// <summary>One time expression found in a sentence: its tokens <c>[First, End)</c> and what its words say.</summary>
public readonly record struct RecognizedTime(int First, int End, TimeSpec Spec)
{
    /// <summary>The token whose tense the time takes: its first, or the first of the date it is joined to ("April 24 and 25").</summary>
    public int? TenseFrom { get; init; }
}

/// <summary>
/// Finds time expressions in the tokens of a sentence by dictionary lookups on the time vocabulary: at each token
/// it reads an optional modifier ("early", "earlier"), "the", a relative word ("last", "past"), then one core
/// (a date, weekday, month, year, decade, season, quarter, clock time, length of time, vague or recurring time),
/// then what may follow it ("ago", "night", ", 2023"). Expressions never start or end inside a word.
/// </summary>
public sealed class TimeRecognizer
{
    private const int MinYear = 1000;
    private const int MaxYear = 2100;

    /// <summary>How many words may lead up to the heart of a time ("about the past two weeks").</summary>
    private const int LeadLength = 4;

    private readonly TimeLexicon _lexicon;

    public TimeRecognizer(TimeLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <summary>Adds the expressions found in <paramref name="tokens"/> to <paramref name="found"/>, in order.</summary>
    public void Recognize(TimeTokens tokens, List<RecognizedTime> found)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].StartsWord && MayStart(tokens, i) && TryParse(tokens, i, out var end, out var spec, out var first) && tokens[end - 1].EndsWord
                && !IsRate(tokens, first, spec))
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

    private bool TryParse(TimeTokens t, int i, out int end, out TimeSpec spec, out int first)
    {
        first = i;
        var fuzzy = t.Match(i, TimeWordClass.Fuzzy, allowWeak: false);
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

        if (end > i && spec.Unit == TimeUnit.None && spec.Relation == TimeRelation.None && spec.Quarter is null && spec.Half is null && spec.Decade is null)
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

    private int ParseCore(TimeTokens t, int start, int j, TimeSpec spec, bool the)
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

    private int? ParseClock(TimeTokens t, int j, TimeSpec spec)
    {
        var k = j;
        if (t.Clock(j) is { } clock)
        {
            (spec.Hour, spec.Minute) = clock;
            k++;
        }
        else if (t.Integer(j) is >= 1 and <= 12 && t.Match(j + 1, TimeWordClass.Clock) is { Value: "AM" or "PM" })
        {
            (spec.Hour, spec.Minute) = (t.Integer(j), 0);
            k++;
        }
        else if (t.Integer(j) is >= 1 and <= 12 and var said && t[j].Kind == Core.TokenKind.Number && t.Is(j + 1, "in") && t.Is(j + 2, "the")
            && t.Match(j + 3, TimeWordClass.DayPart) is { } part)
        {
            // "4 in the morning", "8 in the evening": the hour of that part of the day.
            var afterNoon = part.Value is "AF" or "EV" || (part.Value == "NI" && said >= 6);
            (spec.Hour, spec.Minute) = (afterNoon && said < 12 ? said + 12 : said, 0);
            return ParseClockDay(t, j + 4, spec);
        }
        else if (t[j].End - t[j].Start == 4 && t.Integer(j) is >= 0 and <= 2359 and var military && military % 100 < 60
            && t.Match(j + 1, TimeWordClass.Clock, allowWeak: false) is { Value: "Z" or "ZONE" })
        {
            // "0800 UTC": a clock time in four digits, told from a year by its zone.
            (spec.Hour, spec.Minute) = (military / 100, military % 100);
            k++;
        }
        else if (t.Match(j, TimeWordClass.Clock, allowWeak: false) is { Number: var hour, Value: not ("AM" or "PM" or "Z" or "ZONE") })
        {
            // "noon", "midnight Friday".
            (spec.Hour, spec.Minute) = (hour, 0);
            return ParseClockDay(t, j + 1, spec);
        }
        else
        {
            return null;
        }

        if (t.Match(k, TimeWordClass.Clock) is { Value: "AM" or "PM" } half)
        {
            spec.Hour = (spec.Hour % 12) + (half.Value == "PM" ? 12 : 0);
            k++;
        }

        if (t.Match(k, TimeWordClass.Clock, allowWeak: false) is { Value: "Z" })
        {
            spec.Utc = true;
            k++;
        }
        else if (t.Match(k, TimeWordClass.Clock, allowWeak: false) is { Value: "ZONE" })
        {
            // "5 p.m. EST": a local zone, which the value does not carry.
            k++;
        }

        return ParseClockDay(t, k, spec);
    }

    /// <summary>The weekday, "today" or date that may follow a clock time ("3 p.m. Thursday", "5 p.m. EST, Nov. 6").</summary>
    private int ParseClockDay(TimeTokens t, int k, TimeSpec spec)
    {
        var dateAt = t.Is(k, ",") ? k + 1 : k;
        var dated = new TimeSpec();
        if (ParseMonthFirst(t, dateAt, dated, context: true) is { } dateEnd && dated.Day is not null)
        {
            (spec.Year, spec.Month, spec.Day) = (dated.Year, dated.Month, dated.Day);
            return dateEnd;
        }

        if (t.Match(k, TimeWordClass.Weekday, allowWeak: false) is { } weekday)
        {
            spec.Weekday = weekday.Number;
            k++;
        }
        else if (t.Match(k, TimeWordClass.DeicticDay) is { } day)
        {
            spec.DayOffset = day.Number;
            k++;
        }

        return k;
    }

    private int? ParseDeictic(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.DeicticDay) is not { } day)
        {
            return null;
        }

        spec.DayOffset = day.Number;
        spec.DayPart = day.Extra;
        return ParseTrailingDayPart(t, j + 1, spec);
    }

    /// <summary>A named day ("Thanksgiving Day", "Christmas"), with its year if one follows.</summary>
    private int? ParseHoliday(TimeTokens t, int j, TimeSpec spec)
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

    private int? ParseWeekday(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Weekday, allowWeak: false) is not { } weekday)
        {
            return null;
        }

        spec.Weekday = weekday.Number;
        var k = j + 1;
        var afterComma = t.Is(k, ",") ? k + 1 : k;
        var dated = new TimeSpec();
        if ((ParseMonthFirst(t, afterComma, dated, context: true) ?? ParseDayFirst(t, afterComma, dated)) is { } dateEnd && dated.Day is not null)
        {
            (spec.Year, spec.Month, spec.Day) = (dated.Year, dated.Month, dated.Day);
            k = dateEnd;
        }

        return ParseTrailingDayPart(t, k, spec);
    }

    private int ParseTrailingDayPart(TimeTokens t, int k, TimeSpec spec)
    {
        if (t.Match(k, TimeWordClass.DayPart) is { } part)
        {
            spec.DayPart = part.Value;
            return k + 1;
        }

        return k;
    }

    private int? ParseMonthFirst(TimeTokens t, int j, TimeSpec spec, bool context)
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

        if (month.Weak && ((!context && day < 0 && year < 0) || (day < 0 && year < 0 && j > 0 && t.Is(j - 1, "the") && EndsClause(t, k))))
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

    private int? ParseDayFirst(TimeTokens t, int j, TimeSpec spec)
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

    /// <summary>"the 20th century", "the eleventh century": the century as TIMEX3 writes it (19, 10).</summary>
    private int? ParseOrdinalCentury(TimeTokens t, int j, TimeSpec spec)
    {
        var number = t.Match(j, TimeWordClass.Ordinal, allowWeak: false) is { Number: > 0 } ordinal ? ordinal.Number : t.OrdinalDay(j);
        if (number < 1 || t.Match(j + 1, TimeWordClass.Unit, allowWeak: false) is not { Value: "CE" } || t.Text(j + 1).EndsWith('s'))
        {
            return null;
        }

        spec.Century = number - 1;
        return j + 2;
    }

    private int? ParseOrdinalUnit(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Fiscal) is { Value: "FY" } fiscal)
        {
            // "the fiscal first quarter", "fiscal second-quarter": the company's own count of quarters.
            j += fiscal.Length;
        }

        if (t.Match(j, TimeWordClass.Ordinal) is not { } ordinal
            || t.Match(j + 1, TimeWordClass.Unit) is not { Value: "Q" or "HY" } unit)
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

    /// <summary>"of 2009", "of this year", "of last year" after a quarter, month or season; or a year, "this year" or "last year" right after it.</summary>
    private int ParseOfYear(TimeTokens t, int k, TimeSpec spec)
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

    private int? ParseCountUnit(TimeTokens t, int j, TimeSpec spec)
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

        spec.Unit = ParseUnit(unit.Value, out var multiplier);
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

    private int? ParseUnit(TimeTokens t, int j, TimeSpec spec, bool the)
    {
        if ((the || spec.Relation != TimeRelation.None) && t.Match(j, TimeWordClass.Fiscal) is { } adjective)
        {
            j += adjective.Length;
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

        spec.Unit = ParseUnit(unit.Value, out var multiplier);
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

    /// <summary>
    /// What may follow "year-ago" or "year-earlier" in a report: the period compared ("the year-ago period", "the
    /// year-earlier quarter"), a named quarter or half a year back ("the year-ago third quarter"), or a length of time
    /// ("the year-earlier nine months").
    /// </summary>
    private int ComparedPeriod(TimeTokens t, int k, TimeSpec spec)
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

    private int? ParseYear(TimeTokens t, int j, TimeSpec spec)
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

        return k + 1;
    }

    /// <summary>
    /// A year said aloud: "nineteen ninety-six", "eighteen twelve", "two thousand and five"; "two thousand" alone
    /// only after "the year".
    /// </summary>
    private int? ParseSpokenYear(TimeTokens t, int j, TimeSpec spec, bool afterYearWord)
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

    private static int? ParseDecade(TimeTokens t, int j, TimeSpec spec)
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
    private static bool IsAge(TimeTokens t, int j)
    {
        var before = j - 1;
        if (before > 0 && t.Match(before, TimeWordClass.Modifier) is { Length: 1 })
        {
            before--;
        }

        return before >= 0 && t.Match(before, TimeWordClass.Neighbour) is { Value: "AGE" };
    }

    private int? ParseSeason(TimeTokens t, int j, TimeSpec spec, bool context)
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

    private int? ParseDayPart(TimeTokens t, int j, TimeSpec spec, bool the)
    {
        if (the && spec.Relation == TimeRelation.None && spec.Modifier is null && t.Match(j, TimeWordClass.DayPart) is not null
            && j >= 2 && (t.Is(j - 2, "in") || t.Is(j - 2, "during")) && !t.Is(j + 1, "of"))
        {
            // "in the morning": the morning of the day talked about ("on the night of Oct. 23" is that day's night).
            spec.Relation = TimeRelation.Same;
        }

        var narrowed = spec.Relation == TimeRelation.None && spec.Modifier is "START" or "END" or "MID" or "LATER" or "EARLIER";
        if (!(narrowed || spec.Relation is TimeRelation.This or TimeRelation.Same or TimeRelation.Previous or TimeRelation.Following or TimeRelation.Last or TimeRelation.Next)
            || t.Match(j, TimeWordClass.DayPart) is not { } part)
        {
            return null;
        }

        if (narrowed)
        {
            // "mid-afternoon", "late evening", "early morning yesterday": a part of the day talked about.
            spec.DayPart = part.Value;
            return ParseClockDay(t, j + 1, spec);
        }

        if (spec.Relation == TimeRelation.Last)
        {
            // "last night": the night before the article's day.
            (spec.Relation, spec.DayOffset) = (TimeRelation.None, -1);
        }
        else if (spec.Relation == TimeRelation.Next)
        {
            // "the next morning": the morning after the day talked about.
            spec.Relation = TimeRelation.Following;
        }

        spec.DayPart = part.Value;
        return j + 1;
    }

    private int? ParseSet(TimeTokens t, int j, TimeSpec spec)
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
            var code = ParseUnit(unit.Value, out var multiplier);
            spec.Set = TimexFormat.Duration(code, every * multiplier);
            return k + 1;
        }

        if (t.Match(k, TimeWordClass.DayPart) is { } part)
        {
            spec.Set = $"XXXX-XX-XXT{part.Value}";
            return k + 1;
        }

        return null;
    }

    private int? ParseDurationWord(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Duration) is not { } word
            || (word.Weak && t.Match(j + word.Length, TimeWordClass.Neighbour) is not { Value: "RESULT" }))
        {
            // "an annual profit" is the year's; "the annual meeting" names no time.
            return null;
        }

        spec.IsDuration = true;
        spec.Fuzzy = word.Value;
        return j + word.Length;
    }

    private static int DayAt(TimeTokens t, int k)
    {
        var day = t.Integer(k);
        if (day is >= 1 and <= 31 && t[k].Kind == Core.TokenKind.Number)
        {
            return day;
        }

        return t.OrdinalDay(k);
    }

    private static int YearAt(TimeTokens t, int k)
        => k < t.Count && t[k].Kind == Core.TokenKind.Number && t[k].End - t[k].Start == 4 && t.Integer(k) is >= MinYear and <= MaxYear and var year ? year : -1;

    private bool IsCount(TimeTokens t, int k)
        => t.Quantity(k) is not null || t.Match(k, TimeWordClass.Number, allowWeak: true) is not null;

    private TimeWord? MatchRelative(TimeTokens t, int k, bool pre)
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

    private static bool EndsClause(TimeTokens t, int k) => k >= t.Count || t[k].Kind == Core.TokenKind.Punctuation;

    private static TimeRelation ParseRelation(string value) => Enum.Parse<TimeRelation>(value, ignoreCase: true);

    /// <summary>The unit of a unit code of <c>data/time/units.tsv</c>, and how many of it the word means (a fortnight is 2 weeks).</summary>
    private static TimeUnit ParseUnit(string code, out int multiplier)
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

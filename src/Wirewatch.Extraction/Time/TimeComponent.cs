using Wirewatch.Core;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// The time component: finds the time expressions of each sentence and gives each its TIMEX3 type and value,
/// resolved against the article date, the tense it is spoken in and the time talked about just before it.
/// </summary>
public sealed class TimeComponent : IPipelineComponent
{
    private static readonly HashSet<string> TimexModifiers = new(StringComparer.Ordinal)
    {
        "START", "END", "MID", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS",
    };

    private readonly TimeLexicon _lexicon;

    public TimeComponent(TimeLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public string Name => "times";

    public Layers Needs => Layers.FoldedText | Layers.Tokens | Layers.Sentences;

    public Layers Adds => Layers.Times;

    public void Process(Document document)
    {
        var tokens = document.Tokens is List<Token> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : document.Tokens.ToArray();
        var view = new TimeTokens(document.FoldedText, _lexicon);
        var found = new List<RecognizedTime>();
        var times = new List<TimeExpression>();
        var article = document.Info.Date;
        TimePoint? anchor = null;
        string? anchorId = null;
        TimePoint? period = null;
        string? periodId = null;
        TimePoint? periodEnd = null;
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            while (next < tokens.Length && tokens[next].Start < sentence.Start)
            {
                next++;
            }

            var first = next;
            while (next < tokens.Length && tokens[next].End <= sentence.End)
            {
                next++;
            }

            if (next == first || !MayHoldTime(tokens[first..next], document.FoldedText))
            {
                continue;
            }

            view.Load(tokens[first..next]);
            found.Clear();
            TimeRecognizer.Recognize(view, found);
            var afterEnded = false;
            foreach (var time in found)
            {
                var tense = TenseReader.Before(view, time.TenseFrom ?? time.First);
                var comparedWithPeriod = (IsYearComparison(time.Spec) && (EndsOrFallsIn(anchor, period) || anchor == periodEnd || IsPeriodAhead(anchor, article)))
                    || IsReportedPeriodReference(time.Spec);
                var resolution = TimeResolver.Resolve(time.Spec, article, comparedWithPeriod ? period : anchor, tense);
                var id = "t" + (times.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var expression = new TimeExpression(id, new TextSpan(view[time.First].Start, view[time.End - 1].End), resolution.Type ?? time.Spec.Type, resolution.Value)
                {
                    Modifier = time.Spec.Modifier is { } mod && TimexModifiers.Contains(mod) ? mod : null,
                    AnchorId = resolution.FromAnchor ? (comparedWithPeriod ? periodId : anchorId) : null,
                    Unresolved = Unresolved(time.Spec, resolution, article, tense),
                };
                times.Add(expression);
                if (afterEnded && resolution.Point is { Granularity: TimeUnit.Day } endDay)
                {
                    // "the fiscal first quarter ended Sept. 30": the day a (fiscal) period reported ended.
                    periodEnd = endDay;
                }

                afterEnded = time.Spec.Ended;
                if (resolution.Point is { } point && !IsComparison(time.Spec))
                {
                    anchor = point;
                    anchorId = id;
                    if (IsNewReportedPeriod(point, time.Spec, period, article) || (IsBegunPeriod(point, article) && (time.Spec.Ended || tense == Tense.Past)))
                    {
                        period = point;
                        periodId = id;
                    }
                }
            }
        }

        document.Times = times;
    }

    /// <summary>
    /// A quick scan: every time expression holds a heart word of the vocabulary or a number that looks like a
    /// time on its own (a year, a clock time, an ISO date, a decade, "'82", "12-year"), so sentences with neither are skipped.
    /// </summary>
    private bool MayHoldTime(ReadOnlySpan<Token> sentence, string text)
    {
        foreach (var token in sentence)
        {
            var first = text[token.Start];
            if (char.IsAsciiDigit(first))
            {
                if (token.Span.Length is 4 or 10 || text[token.End - 1] == 's' || text.AsSpan(token.Start, token.Span.Length).Contains(':')
                    || (token.Span.Length == 2 && token.Start > 0 && text[token.Start - 1] == '\'')
                    || (token.Kind == TokenKind.Word && IsHeartWord(token, text)))
                {
                    return true;
                }
            }
            else if (char.IsAsciiLetter(first) && IsHeartWord(token, text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHeartWord(Token token, string text)
    {
        var word = text.AsSpan(token.Start, token.Span.Length);
        if (_lexicon.IsHeart(word))
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || word.Length < 6 || !word.Contains('-'))
        {
            return false;
        }

        foreach (var part in word.Split('-'))
        {
            if (_lexicon.IsHeart(word[part]) || (word[part].Length > 0 && char.IsAsciiDigit(word[part][0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A year ago", "a year earlier": times that compare with the time talked about rather than move the story on;
    /// the next expression still counts from the time before them.
    /// </summary>
    private static bool IsComparison(TimeSpec spec)
        => (spec.Unit >= TimeUnit.Year && spec.Relation is TimeRelation.Ago or TimeRelation.Earlier or TimeRelation.Later) || spec.YearShift != 0
            || (spec.Quarter == -1 && spec.Year is not null);

    /// <summary>"The latest period", "the quarter", "the 1988 period": the period a report gives results for, once one has been named.</summary>
    private static bool IsReportedPeriodReference(TimeSpec spec)
        => (spec.Unit == TimeUnit.Quarter && spec.Relation == TimeRelation.Latest) || (spec.Quarter == -1 && spec.Year is not null);

    /// <summary>
    /// "A year ago", "a year earlier", "the year-ago period": in a report on a quarter's or half-year's results these
    /// compare with the period reported, also when the day it ended was named since ("for the quarter ended Sept. 30 ... a year earlier").
    /// </summary>
    private static bool IsYearComparison(TimeSpec spec)
        => spec.Unit == TimeUnit.Year && spec.Relation is TimeRelation.Ago or TimeRelation.Earlier && spec.Count is null or 1;

    /// <summary>The time just talked about is a day of the period reported, such as its last ("the quarter ended Sept. 30").</summary>
    private static bool EndsOrFallsIn(TimePoint? anchor, TimePoint? period)
        => anchor is { Granularity: <= TimeUnit.Day } day && period is { } p && day.At >= p.At
            && day.At < p.At.AddMonths(p.Granularity == TimeUnit.HalfYear ? 6 : 3);

    /// <summary>
    /// An ended quarter or half-year that becomes the period reported: the first one named, a later one ("After a flat
    /// second quarter" in a report on the third is background), or a company's own (fiscal) one.
    /// </summary>
    private static bool IsNewReportedPeriod(TimePoint point, TimeSpec spec, TimePoint? period, DateOnly? article)
        => IsReportedPeriod(point, article) && (period is not { } p || spec.Fiscal || point.At > p.At);

    /// <summary>A quarter or half-year that has ended by the article date: a period whose results a report may give.</summary>
    private static bool IsReportedPeriod(TimePoint point, DateOnly? article)
        => point.Granularity is TimeUnit.Quarter or TimeUnit.HalfYear
            && (article is not { } date || point.At.AddMonths(point.Granularity == TimeUnit.HalfYear ? 6 : 3) <= date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// A quarter or half-year begun but not ended by the article date: reported when said to have ended ("the fourth
    /// quarter ended Sept. 30": a fiscal one).
    /// </summary>
    private static bool IsBegunPeriod(TimePoint point, DateOnly? article)
        => point.Granularity is TimeUnit.Quarter or TimeUnit.HalfYear && article is { } date && point.At <= date.ToDateTime(TimeOnly.MinValue);

    /// <summary>
    /// A quarter or half-year not yet ended by the article date ("losses through the third quarter of 1990"): a forecast,
    /// which a later "the year-ago period" does not compare with; the period reported is meant.
    /// </summary>
    private static bool IsPeriodAhead(TimePoint? anchor, DateOnly? article)
        => anchor is { Granularity: TimeUnit.Quarter or TimeUnit.HalfYear } a && article is not null && !IsReportedPeriod(a, article);

    /// <summary>The underspecified value the words alone give, when it differs from the resolved one ("XXXX-WXX-3").</summary>
    private static string? Unresolved(TimeSpec spec, Resolution resolution, DateOnly? article, Tense tense)
    {
        if (resolution.Point is null || (article is null && !resolution.FromAnchor))
        {
            return null;
        }

        var alone = TimeResolver.Resolve(spec, null, null, tense).Value;
        return alone == resolution.Value ? null : alone;
    }
}

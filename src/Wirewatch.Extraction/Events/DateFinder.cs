using System.Text.RegularExpressions;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// When an event happened, from the time layer: a date (or a time of a known day) in the trigger's sentence that is not the date of the
/// report ("said on Thursday") gives the day (timePrecision 1, or 2 and 3 for a week, a month or a year alone, the
/// last only when the sentence has no finer date); else the
/// report's date in the sentence, else the article's date (timePrecision 2).
/// </summary>
public sealed partial class DateFinder
{
    private const int ReportReach = 4;
    private const int YearPenalty = 1000;

    private readonly EventLexicon _lexicon;

    public DateFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public (string? Date, int Precision, string? TimeId) Date(EventText text, TriggerHit trigger)
    {
        var document = text.Document;
        (TimeExpression Time, int Distance, bool Report)? best = null;
        if (document.Has(Layers.Times))
        {
            var (first, end) = text.Sentences[trigger.Sentence];
            var sentence = text.Span(first, end);
            foreach (var time in document.Times)
            {
                // A time of a known day ("this morning", "tonight", "at 0030 on 13 July") dates the act to that day.
                if (time.Type is not (TimeType.Date or TimeType.Time) || !sentence.Contains(time.Span) || !DatePattern().IsMatch(time.Value))
                {
                    continue;
                }

                var token = TokenAt(document.Tokens, time.Span.Start);
                var report = IsReportTime(text, first, token);
                // A year alone ("in 1982") dates the act only when the sentence gives nothing finer.
                var distance = Math.Abs(token - trigger.First) + (time.Value.Length == 4 ? YearPenalty : 0);
                if (best is null || (best.Value.Report && !report) || (best.Value.Report == report && distance < best.Value.Distance))
                {
                    best = (time, distance, report);
                }
            }
        }

        if (best is { } found)
        {
            var value = found.Time.Value[..Math.Min(10, found.Time.Value.Length)];
            var precision = found.Report ? 2 : value.Length == 10 ? 1 : value.Contains('W', StringComparison.Ordinal) ? 2 : 3;
            return (value, precision, found.Time.Id);
        }

        return document.Info.Date is { } date ? (date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 2, null) : (null, 3, null);
    }

    private bool IsReportTime(EventText text, int sentenceStart, int token)
    {
        for (var k = token - 1; k >= Math.Max(sentenceStart, token - ReportReach); k--)
        {
            if (_lexicon.ReportVerbs.Contains(text.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // the token that holds the offset or the next one, the last token if none is after it
    private static int TokenAt(IReadOnlyList<Token> tokens, int offset) => Math.Max(0, Math.Min(TokenSearch.FirstEndingAfter(tokens, offset), tokens.Count - 1));

    [GeneratedRegex(@"^\d{4}(-(\d{2}(-\d{2})?|W\d{2})|$)")]
    private static partial Regex DatePattern();
}

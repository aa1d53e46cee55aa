using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>Reads fatalities, injuries and counts of strikes, shells, missiles and drones in a sentence.</summary>
public sealed class CasualtyFinder
{
    private const int MaxGap = 4;

    private readonly EventLexicon _lexicon;
    private readonly NumberReader _numbers;

    public CasualtyFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
        _numbers = new NumberReader(lexicon);
    }

    /// <summary>Fatalities and injuries of the sentence <c>[first, end)</c>; none is null.</summary>
    public (EventNumber? Fatalities, EventNumber? Injuries) Casualties(EventText text, int first, int end)
    {
        EventNumber? fatalities = null;
        EventNumber? injuries = null;
        for (var c = first; c < end; c++)
        {
            if (!_lexicon.Casualties.TryGetValue(text.Words[c], out var effect))
            {
                continue;
            }

            var reading = Before(text, first, c) ?? After(text, c, end);
            if (reading is null || (effect == "casualty" && reading.Value != 0))
            {
                continue;
            }

            var span = text.Span(Math.Min(reading.First, c), Math.Max(reading.End, c + 1));
            var number = new EventNumber(reading.Value, reading.Value == 0 ? "none" : reading.Qualifier, span);
            if (effect is "death" or "casualty")
            {
                fatalities ??= number;
            }

            if (effect is "injury" or "casualty")
            {
                injuries ??= number;
            }
        }

        return (fatalities, injuries);
    }

    /// <summary>Counts such as "more than 80 shells" and "at least 16 times" in <c>[first, end)</c>.</summary>
    public IReadOnlyList<EventCount> Counts(EventText text, int first, int end)
    {
        var counts = new List<EventCount>();
        for (var c = first + 1; c < end; c++)
        {
            if (!_lexicon.CountNouns.TryGetValue(text.Words[c], out var what))
            {
                continue;
            }

            var reading = _numbers.ReadEndingAt(text.Words, first, c);
            if (reading is not null && reading.Value > 0)
            {
                counts.Add(new EventCount(what, reading.Value, reading.Qualifier, text.Span(reading.First, c + 1)));
            }
        }

        return counts;
    }

    private NumberReading? Before(EventText text, int first, int c)
    {
        for (var j = Math.Max(first, c - MaxGap - 3); j < c; j++)
        {
            var reading = _numbers.ReadAt(text.Words, j, c);
            if (reading is null || reading.End > c || c - reading.End > MaxGap)
            {
                continue;
            }

            var clean = true;
            for (var k = reading.End; k < c && clean; k++)
            {
                clean = !text.IsPunctuation(k) && !_lexicon.Casualties.ContainsKey(text.Words[k]) && !_lexicon.CountNouns.ContainsKey(text.Words[k]);
            }

            if (clean)
            {
                return reading;
            }
        }

        return null;
    }

    private NumberReading? After(EventText text, int c, int end)
    {
        for (var j = c + 1; j < Math.Min(end, c + 3); j++)
        {
            if (text.IsPunctuation(j))
            {
                return null;
            }

            if (_numbers.ReadAt(text.Words, j, end) is { } reading && reading.Value > 0)
            {
                return reading;
            }
        }

        return null;
    }
}

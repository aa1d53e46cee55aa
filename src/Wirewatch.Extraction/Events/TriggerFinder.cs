using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>Finds trigger words, longest first, keeping those whose sentence holds the context words they require (of several entries for the same words, the first that holds) and that are not part of a name.</summary>
public sealed class TriggerFinder
{
    private readonly EventLexicon _lexicon;

    public TriggerFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public IReadOnlyList<TriggerHit> Find(EventText text, IReadOnlyList<TextSpan> names)
    {
        var hits = new List<TriggerHit>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var (first, end) = text.Sentences[s];
            var i = first;
            while (i < end)
            {
                // The longest words that are a trigger; of their entries, the first whose context the sentence holds
                // ("bombed" near "helicopters" is an air strike, else a bombing).
                var (length, entry) = _lexicon.Triggers.Match(text.Words, i, end);
                if (length == 0 || entry is null)
                {
                    i++;
                    continue;
                }

                entry = Holds(text, first, end, entry) ? entry : NextThatHolds(text, first, end, i, length);

                var span = text.Span(i, i + length);
                if (entry is not null && !names.Any(n => n.Overlaps(span)))
                {
                    hits.Add(new TriggerHit(i, i + length, entry, s));
                }

                i += length;
            }
        }

        return hits;
    }

    /// <summary>Of the other entries for the same words, the first whose context the sentence holds; null when none.</summary>
    private TriggerEntry? NextThatHolds(EventText text, int first, int end, int i, int length)
    {
        foreach (var (l, e) in _lexicon.Triggers.Matches(text.Words, i, end))
        {
            if (l < length)
            {
                break;
            }

            if (Holds(text, first, end, e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Whether the sentence has one of the entry's required words (if any) and none of its forbidden ones ("!bombs").</summary>
    private static bool Holds(EventText text, int first, int end, TriggerEntry entry)
    {
        if (entry.Requires.Count == 0)
        {
            return true;
        }

        var required = entry.Requires.Where(r => !r.StartsWith('!')).ToList();
        var forbidden = entry.Requires.Where(r => r.StartsWith('!')).Select(r => r[1..]).ToList();
        return (required.Count == 0 || In(text, first, end, required)) && !In(text, first, end, forbidden);
    }

    private static bool In(EventText text, int first, int end, List<string> phrases)
    {
        for (var i = first; i < end; i++)
        {
            foreach (var phrase in phrases)
            {
                var words = phrase.Split(' ');
                var ok = i + words.Length <= end;
                for (var k = 0; k < words.Length && ok; k++)
                {
                    ok = text.Words[i + k] == words[k];
                }

                if (ok)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

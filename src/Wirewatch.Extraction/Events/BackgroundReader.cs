using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Whether a mention of an act reports no new incident of its own (data/events/background-cues.tsv): it is recalled
/// as background ("let us recall the explosion of the airliner"), it sums up many acts ("a wave of bomb attacks",
/// "so far this year, 100 people have been killed"), or it is supposed ("if the attack is carried out"). An event
/// is coded from a report of it (ACLED), and MUC-4 leaves out history and summaries (relevance rules 6 and 7).
/// </summary>
public sealed class BackgroundReader
{
    private const int SummaryReach = 4;

    private readonly EventLexicon _lexicon;

    public BackgroundReader(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public bool IsBackground(EventText text, TriggerHit trigger)
    {
        var (first, end) = text.Sentences[trigger.Sentence];
        var cues = _lexicon.BackgroundCues;
        var inClause = true;
        var perfect = false;
        for (var i = trigger.First - 1; i >= first; i--)
        {
            var (length, kind) = cues.Match(text.Words, i, trigger.First);
            if (kind == "recall" || (kind == "hypothesis" && inClause))
            {
                return true;
            }

            inClause &= text.Words[i] != "," && !_lexicon.ClauseWords.Contains(text.Words[i]) || length > 0;
            perfect |= text.Words[i] is "have" or "has";
        }

        if (Summed(text, trigger, first))
        {
            return true;
        }

        if (!perfect && !IsPlural(text, trigger))
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            if (cues.Match(text.Words, i, end).Value == "period")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a wave of bomb attacks", "the increase in murders": a summary noun, then "of", "in" or "on", then the trigger's phrase.</summary>
    private bool Summed(EventText text, TriggerHit trigger, int first)
    {
        var k = trigger.First - 1;
        while (k >= first && trigger.First - k <= SummaryReach && (text.Is(k, PartOfSpeech.Adj) || text.Is(k, PartOfSpeech.Det) || text.Is(k, PartOfSpeech.Noun) || text.Is(k, PartOfSpeech.Num)))
        {
            k--;
        }

        return k - 1 >= first && text.Words[k] is "of" or "in" or "on" && _lexicon.BackgroundCues.Match(text.Words, k - 1, k).Value == "summary";
    }

    private static bool IsPlural(EventText text, TriggerHit trigger)
    {
        var last = text.Words[trigger.End - 1];
        return text.Is(trigger.End - 1, PartOfSpeech.Noun) && last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal);
    }
}

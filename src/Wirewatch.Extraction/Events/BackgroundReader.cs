using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Whether a mention of an act reports no new incident of its own (data/events/background-cues.tsv): it is recalled
/// as background ("let us recall the explosion of the airliner"), it sums up many acts ("a wave of bomb attacks",
/// "so far this year, 100 people have been killed"), it is a habit ("the terrorists who attack the civilian
/// population", "continue killing"), a charge ("on charges of murder") or an accident ("the crash killed 120
/// passengers"), or it is supposed ("if the attack is carried out"). An event
/// is coded from a report of it (ACLED), and MUC-4 leaves out history and summaries (relevance rules 6 and 7).
/// </summary>
public sealed class BackgroundReader
{
    private const int SummaryReach = 4;
    private const int ChargeReach = 3;
    private const int ListReach = 12;
    private const int AmountReach = 3;
    private const int TallyDead = 100;

    private readonly EventLexicon _lexicon;

    public BackgroundReader(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public bool IsBackground(EventText text, TriggerHit trigger, bool hasTargets, int? dead = null)
    {
        var (first, end) = text.Sentences[trigger.Sentence];
        var cues = _lexicon.BackgroundCues;
        if (IsHabit(text, trigger, first) || (!hasTargets && (IsCharge(text, trigger, first) || IsKind(text, trigger, first))) || (trigger.Entry.Class == "kill" && Holds(text, first, end, "accident")))
        {
            return true;
        }

        // "grenade launchers", "bomb squad", "bomb threats": the trigger modifies a head that names no act.
        if (trigger.End < end && cues.Matches(text.Words, trigger.End, trigger.End + 1).Any(m => m.Value == "compound"))
        {
            return true;
        }

        if (IsSeized(text, trigger, first))
        {
            return true;
        }

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

        // "2,000 people have been killed", "a war that has left over 70,000 killed": a death toll in the hundreds told in
        // the perfect, with no occasion, sums up many acts.
        if (perfect && dead >= TallyDead)
        {
            return true;
        }

        if (!perfect && !IsPlural(text, trigger))
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            var match = cues.Match(text.Words, i, end);
            if (match.Value == "period" || IsSpan(text, i, end, match))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "who attack the civilian population" (a verb in the present tense), "continue killing" (an act that goes on),
    /// "the army is bombing civilian townships", "they are being murdered" (the present progressive: an act going on
    /// as the speaker talks, no incident told).
    /// </summary>
    private bool IsHabit(EventText text, TriggerHit trigger, int first)
    {
        var cues = _lexicon.BackgroundCues;
        if (trigger.End - trigger.First == 1 && text.IsVerb(trigger.First) && cues.Match(text.Words, trigger.First, trigger.End).Value == "present")
        {
            return trigger.First == first || text.Words[trigger.First - 1] is not ("to" or "did" or "not");
        }

        var k = trigger.First - 1;
        while (k >= first && text.Is(k, PartOfSpeech.Adv))
        {
            k--;
        }

        if (k < first)
        {
            return false;
        }

        var kind = cues.Match(text.Words, k, k + 1).Value;
        if (text.Words[trigger.First].EndsWith("ing", StringComparison.Ordinal) && kind is "habitual" or "progressive")
        {
            return true;
        }

        // "they are murdered or harassed": the present passive, a habit; "to prevent judges from being murdered": averted.
        if (kind == "progressive" && text.IsVerb(trigger.First) && trigger.End - trigger.First == 1)
        {
            return true;
        }

        return text.Words[k] == "being" && k - 1 >= first && (text.Words[k - 1] == "from" || cues.Match(text.Words, k - 1, k).Value == "progressive");
    }

    /// <summary>
    /// "police seized arms and sticks of dynamite", "confiscated 13 rifles, 2 grenades and explosives": a weapon (a noun
    /// of the bomb class) that a seizure verb before it, with no other verb between, takes as its object is war
    /// materiel taken, no bomb used.
    /// </summary>
    private bool IsSeized(EventText text, TriggerHit trigger, int first)
    {
        if (trigger.Entry.Class != "bomb" || text.IsVerb(trigger.First))
        {
            return false;
        }

        for (var k = trigger.First - 1; k >= first; k--)
        {
            if (_lexicon.BackgroundCues.Matches(text.Words, k, k + 1).Any(m => m.Value == "seizure"))
            {
                return true;
            }

            if (text.IsVerb(k) || _lexicon.ClauseWords.Contains(text.Words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "torture, murder, rape and disappearances", "sowing chaos and murder", "denounced summary executions and
    /// political assassinations": an act noun with no determiner, number or possessive before it (adjectives between)
    /// names the crime as a kind or acts in general, no incident. A noun before it makes it a modifier of a name or another noun ("army bombing", "the Jesuit murder
    /// case") and is left alone, as is a sentence that opens with it.
    /// </summary>
    private bool IsKind(EventText text, TriggerHit trigger, int first)
    {
        if (trigger.End - trigger.First != 1 || text.IsVerb(trigger.First)
            || !_lexicon.BackgroundCues.Matches(text.Words, trigger.First, trigger.End).Any(m => m.Value == "kind"))
        {
            return false;
        }

        // "accused the air force of bombing the church", "and murder Colombians": a verb with its object.
        var next = trigger.End;
        if (next < text.Count && text.SentenceOf[next] == trigger.Sentence && IsDetermined(text, next))
        {
            return false;
        }

        var k = trigger.First - 1;
        while (k >= first && (text.Is(k, PartOfSpeech.Adj) || text.Is(k, PartOfSpeech.Adv)))
        {
            k--;
        }

        return k >= first && !IsDetermined(text, k) && !text.Is(k, PartOfSpeech.Noun) && text.Words[k] is not ("]" or "--" or ":");
    }

    /// <summary>A determiner, number, pronoun, name or possessive ending ("the", "two", "his", "Rodriguez", "'s", "'").</summary>
    private static bool IsDetermined(EventText text, int i)
        => text.Is(i, PartOfSpeech.Det) || text.Is(i, PartOfSpeech.Num) || text.Is(i, PartOfSpeech.Pron) || text.Is(i, PartOfSpeech.PropN)
            || text.Is(i, PartOfSpeech.Part) || text.Words[i] is "'" or "'s";

    /// <summary>
    /// "over the past 9 years", "in the last decade", "during 10 years of civil war": a span of months or years, with a
    /// number or "few" between (a span of hours or days is not a tally).
    /// </summary>
    private bool IsSpan(EventText text, int i, int end, (int Length, string? Kind) match)
    {
        var cues = _lexicon.BackgroundCues;
        var (length, kind) = match;
        if (kind == "span-lead")
        {
            var j = i + length;
            while (j < end && j - (i + length) < AmountReach && IsAmount(text, j, end))
            {
                j++;
            }

            return j < end && cues.Match(text.Words, j, j + 1).Value == "span-unit";
        }

        // "10 years of", "30 years of conflict": a number of plural units and "of".
        return i + 2 < end && text.Words[i + 2] == "of" && text.Words[i + 1].EndsWith('s')
            && cues.Match(text.Words, i + 1, i + 2).Value == "span-unit" && IsNumber(text, i);
    }

    private bool IsAmount(EventText text, int i, int end)
        => IsNumber(text, i) || _lexicon.BackgroundCues.Match(text.Words, i, end).Value == "span-amount";

    private bool IsNumber(EventText text, int i)
        => (text.Words[i].Length > 0 && !text.Words[i].AsSpan().ContainsAnyExceptInRange('0', '9')) || _lexicon.Numbers.Match(text.Words, i, i + 1).Length == 1;

    /// <summary>
    /// "on charges of murder", "accused of murder": a cue at most three words before the trigger, or before a list of
    /// crimes the trigger is in ("on charges of murder, kidnapping, drug trafficking, robbery").
    /// </summary>
    private bool IsCharge(EventText text, TriggerHit trigger, int first)
    {
        var k = trigger.First;
        while (k - 1 >= first && trigger.First - k < ListReach && (text.Words[k - 1] is "," or "and" || text.Is(k - 1, PartOfSpeech.Noun)))
        {
            k--;
        }

        for (var i = Math.Max(first, Math.Min(k, trigger.First - ChargeReach) - 2); i < trigger.First; i++)
        {
            var (length, kind) = _lexicon.BackgroundCues.Match(text.Words, i, trigger.First);
            if (kind == "charge" && (trigger.First - (i + length) <= ChargeReach || i + length == k))
            {
                return true;
            }
        }

        return false;
    }

    private bool Holds(EventText text, int first, int end, string kind)
    {
        for (var i = first; i < end; i++)
        {
            if (_lexicon.BackgroundCues.Match(text.Words, i, end).Value == kind)
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

using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// What an event hit or who it harmed: the list after "at", "on", "against" or "targeting" that follows the
/// trigger ("at Pryvokzalna Square, a railway station and railroad crossing"), the object of a verb of killing
/// or kidnapping ("killed a peasant"), and the subject of its passive ("50 peasants have been kidnapped");
/// items kept when their head is a target noun or they name a landmark.
/// </summary>
public sealed class TargetFinder
{
    private const int PassiveReach = 4;
    private const int ObjectWords = 6;
    private const int PrepositionReach = 8;

    private static readonly TriggerEntry DamageEntry = new("Attack", "attack", 1, []);
    private static readonly TriggerEntry DeathEntry = new("Attack", "kill", 1, []);

    private readonly EventLexicon _lexicon;

    public TargetFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public IReadOnlyList<TextSpan> Find(EventText text, TriggerHit trigger)
    {
        var (first, end) = text.Sentences[trigger.Sentence];
        var targets = new List<TextSpan>();
        for (var i = trigger.End; i < Math.Min(end, trigger.End + PrepositionReach); i++)
        {
            if (text.IsVerb(i))
            {
                break;
            }

            if (_lexicon.Prepositions.TryGetValue(text.Words[i], out var role) && role != "place" && !(i + 1 < end && text.Words[i + 1] == "least"))
            {
                foreach (var (from, to) in NounPhrases.ListAt(text, i + 1, end, _lexicon))
                {
                    if (IsTarget(text, from, to))
                    {
                        Add(text, from, to, targets);
                    }
                }

                if (targets.Count > 0)
                {
                    return targets;
                }
            }
        }

        if (trigger.Entry.Class is "kill" or "kidnap" or "attack")
        {
            if (trigger.End < end && text.Words[trigger.End] == "of")
            {
                Victims(text, trigger.End + 1, end, targets);
            }

            Possessor(text, trigger, first, targets);

            var (from, to) = NounPhrases.PhraseAt(text, trigger.End, end, ObjectWords);
            if (to > from && trigger.Entry.Class == "attack" && text.IsVerb(trigger.End - 1) && !IsTarget(text, from, to, person: true) && IsTarget(text, from, to))
            {
                // "attacked the police station", "attacking army positions": the thing attacked.
                Add(text, from, to, targets);
            }
            else if (to > from && IsTarget(text, from, to, person: true))
            {
                // "killed Mayor Torrado and his son": each person of the list.
                var items = NounPhrases.ListAt(text, from, end, _lexicon).Where(p => IsTarget(text, p.First, p.End, person: true)).ToList();
                foreach (var (itemFrom, itemTo) in items.Count > 1 ? items : [(from, to)])
                {
                    Add(text, itemFrom, itemTo, targets);
                }
            }

            Passive(text, trigger, first, targets);
        }
        else if (trigger.Entry.Class is "bomb" or "burn" && text.IsVerb(trigger.First))
        {
            Passive(text, trigger, first, targets);
        }

        return targets;
    }

    /// <summary>
    /// What a verb of damage names as damaged: its object ("damaged the windows of the consulate") or its passive subject
    /// ("a vehicle was destroyed"), each item whose head is a target noun.
    /// </summary>
    public IReadOnlyList<TextSpan> Damaged(EventText text, int verb, int sentence)
    {
        var (first, end) = text.Sentences[sentence];
        var targets = new List<TextSpan>();
        foreach (var (from, to) in NounPhrases.ListAt(text, verb + 1, end, _lexicon))
        {
            if (IsTarget(text, from, to))
            {
                Add(text, from, to, targets);
            }
        }

        if (targets.Count == 0)
        {
            Passive(text, new TriggerHit(verb, verb + 1, DamageEntry, sentence), first, targets);
        }

        return targets;
    }

    /// <summary>The people an intransitive verb of dying names as its subject ("Inspector Eulogio Flores died").</summary>
    public IReadOnlyList<TextSpan> Subject(EventText text, int verb, int sentence)
    {
        var targets = new List<TextSpan>();
        Passive(text, new TriggerHit(verb, verb + 1, DeathEntry, sentence), text.Sentences[sentence].First, targets, subject: true);
        return targets;
    }

    private void Passive(EventText text, TriggerHit trigger, int first, List<TextSpan> targets, bool subject = false)
    {
        var j = trigger.First - 1;
        var sawAux = subject;
        while (j >= first && trigger.First - j <= PassiveReach && (text.Is(j, PartOfSpeech.Aux) || text.Is(j, PartOfSpeech.Adv) || text.Words[j] is "been" or "be"))
        {
            sawAux = true;
            j--;
        }

        // "Normal Echevarria and Michael Reyff, kidnapped 11 days ago in Medellin, were rescued": a participle after a
        // comma, with no object, is a reduced relative clause whose subject is the phrase before the comma.
        if (!sawAux && targets.Count == 0 && IsReducedRelative(text, trigger, first))
        {
            sawAux = true;
            j = trigger.First - 2;
        }

        if (!sawAux || j < first)
        {
            return;
        }

        // "the priests who were murdered": the subject is the phrase the relative pronoun stands for.
        if (_lexicon.ClauseWords.Contains(text.Words[j]) && j - 1 >= first)
        {
            j--;
        }

        // "a university president in Central America was assassinated": past a preposition to the phrase it follows.
        for (var hop = 0; hop < 2 && j >= first; hop++)
        {
            var k = j;
            while (k - 1 >= first && j - k < ObjectWords && !text.IsPunctuation(k - 1) && text.Words[k - 1] != "and" && !text.IsVerb(k - 1) && !_lexicon.ClauseWords.Contains(text.Words[k - 1]) && !NounPhrases.IsClauseEdge(text, k - 1))
            {
                k--;
            }

            // "an ambulance was attacked", "the embassy was bombed": a thing for an act on things.
            if (IsTarget(text, k, j + 1, person: true) || (trigger.Entry.Class is "attack" or "bomb" or "burn" && IsTarget(text, k, j + 1)))
            {
                var from = targets.Count;
                Add(text, k, j + 1, targets);
                EarlierItems(text, first, k, targets);
                targets.Sort(from, targets.Count - from, Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
                return;
            }

            if (k - 1 < first || !NounPhrases.IsClauseEdge(text, k - 1))
            {
                return;
            }

            j = k - 2;
        }
    }

    /// <summary>
    /// "Castaneda's murder", "Pizarro Leongomez' brutal assassination", "the mayor's kidnapping": the person before the
    /// possessive of a noun of killing or kidnapping is the one it was done to (a group there, "the FMLN's attack", is
    /// who did it and is left to the actor rules).
    /// </summary>
    private void Possessor(EventText text, TriggerHit trigger, int first, List<TextSpan> targets)
    {
        if (trigger.Entry.Class is not ("kill" or "kidnap") || text.IsVerb(trigger.First))
        {
            return;
        }

        var p = trigger.First - 1;
        while (p >= first && text.Is(p, PartOfSpeech.Adj))
        {
            p--;
        }

        if (p - 1 < first || text.Words[p] is not ("'s" or "'"))
        {
            return;
        }

        var k = p;
        while (k - 1 >= first && p - k < ObjectWords && (text.Is(k - 1, PartOfSpeech.PropN) || text.Is(k - 1, PartOfSpeech.Noun) || text.Is(k - 1, PartOfSpeech.Adj)))
        {
            k--;
        }

        if (k < p && IsTarget(text, k, p, person: true))
        {
            Add(text, k, p, targets);
        }
    }

    /// <summary>
    /// "X, kidnapped 11 days ago", "the mayor, murdered on Sunday": a past participle right after a comma, followed by
    /// no object (the sentence's end, punctuation, a preposition, an adverb or a span of time before "ago").
    /// </summary>
    private static bool IsReducedRelative(EventText text, TriggerHit trigger, int first)
    {
        if (trigger.End - trigger.First != 1 || trigger.First - 2 < first || text.Words[trigger.First - 1] != ","
            || !text.Words[trigger.First].EndsWith("ed", StringComparison.Ordinal) || !text.IsVerb(trigger.First))
        {
            return false;
        }

        var end = text.Sentences[trigger.Sentence].End;
        var next = trigger.End;
        if (next >= end || text.IsPunctuation(next) || text.Is(next, PartOfSpeech.Adp) || text.Is(next, PartOfSpeech.Adv))
        {
            return true;
        }

        return text.Is(next, PartOfSpeech.Num) && next + 2 < end && text.Words[next + 2] == "ago";
    }

    /// <summary>
    /// The items of a list of people that ends at a passive subject ("Ignacio Martin Baro, Segundo Montes, and Amando
    /// Lopez were assassinated"), read back over commas and "and" while each item is a person.
    /// </summary>
    private void EarlierItems(EventText text, int first, int start, List<TextSpan> targets)
    {
        var p = start - 1;
        while (p >= first && text.Words[p] is "," or "and")
        {
            var end = p;
            while (end - 1 >= first && text.Words[end - 1] is "," or "and")
            {
                end--;
            }

            var k = end;
            while (k - 1 >= first && end - k < ObjectWords && !text.IsPunctuation(k - 1) && text.Words[k - 1] != "and" && !text.IsVerb(k - 1)
                   && !_lexicon.ClauseWords.Contains(text.Words[k - 1]) && !NounPhrases.IsClauseEdge(text, k - 1))
            {
                k--;
            }

            if (k == end || !IsTarget(text, k, end, person: true))
            {
                return;
            }

            Add(text, k, end, targets);
            p = k - 1;
        }
    }

    /// <summary>The people of the list that starts at <paramref name="start"/> ("Maria Pulido, Pilar Pulido and a child").</summary>
    public IReadOnlyList<TextSpan> People(EventText text, int start, int end)
    {
        var people = new List<TextSpan>();
        Victims(text, start, end, people);
        return people;
    }

    /// <summary>The people after "the murder of", "the kidnapping of": "six Jesuit priests", "Mayor Carlos Torrado and his son".</summary>
    private void Victims(EventText text, int start, int end, List<TextSpan> targets)
    {
        foreach (var (from, to) in NounPhrases.ListAt(text, start, end, _lexicon))
        {
            if (IsTarget(text, from, to, person: true))
            {
                Add(text, from, to, targets);
            }
        }
    }

    /// <summary>A target's words without the edge words and punctuation around them ("of civilians" is "civilians").</summary>
    private void Add(EventText text, int from, int to, List<TextSpan> targets)
    {
        while (from < to && (text.IsPunctuation(from) || _lexicon.EdgeWords.Contains(text.Words[from])))
        {
            from++;
        }

        while (to > from && (text.IsPunctuation(to - 1) || _lexicon.EdgeWords.Contains(text.Words[to - 1])))
        {
            to--;
        }

        if (to > from)
        {
            targets.Add(text.Span(from, to));
        }
    }

    private bool IsTarget(EventText text, int from, int to, bool person = false)
    {
        if (!person && _lexicon.Landmarks.AnyIn(text.Words, from, to))
        {
            return true;
        }

        var head = text.Words[to - 1];
        if (!person)
        {
            return _lexicon.TargetNouns.ContainsKey(head);
        }

        for (var i = from; i < to; i++)
        {
            if (_lexicon.TargetNouns.GetValueOrDefault(text.Words[i]) == "person")
            {
                return true;
            }
        }

        var span = text.Span(from, to);
        return text.Document.Entities.Any(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Span.Overlaps(span)));
    }
}

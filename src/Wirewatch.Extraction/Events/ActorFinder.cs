using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Who carried an event out (actor1): the phrase after "by" ("kidnapped by terrorists of the FMLN"), a side
/// named right before the trigger ("Russian shelling"), the accused ("accused Russia of planting weapons"), or
/// the subject of the verb that carries the trigger ("Moscow struck", "Russia launched ... bombardment"); else the
/// armed group named nearest the trigger in its sentence, or in the two sentences before it.
/// </summary>
public sealed class ActorFinder
{
    private const int SubjectReach = 6;
    private const int MaxPhrase = 12;
    private const int GroupAfterPenalty = 10;
    private const int ContextSentences = 2;

    private readonly EventLexicon _lexicon;

    public ActorFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public IReadOnlyList<EventActor> Find(EventText text, TriggerHit trigger, IReadOnlyList<ActorMention> sides)
    {
        var (first, end) = text.Sentences[trigger.Sentence];
        var found = By(text, trigger, end, sides)
            ?? Modifier(text, trigger, first, sides)
            ?? Accused(text, trigger, first, sides)
            ?? Subject(text, trigger, first, sides);
        if (found is not null && GroupIn(text, found[0].Span, first, end) is { } named)
        {
            return [found[0] with { Span = named }];
        }

        if (found is not null && found[0].EntityId is not null)
        {
            return found;
        }

        return Group(text, trigger, first, end) ?? found ?? Group(text, trigger, text.Sentences[Math.Max(0, trigger.Sentence - ContextSentences)].First, first) ?? [];
    }

    /// <summary>
    /// The armed group named in an actor phrase, which is the actor: "FMLN" in "terrorists of the FMLN" and in
    /// "FMLN urban guerrillas", "Shining Path" in "Maoist Shining Path guerrillas".
    /// </summary>
    private TextSpan? GroupIn(EventText text, TextSpan span, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var token = text.Document.Tokens[i].Span;
            if (token.Start < span.Start || token.End > span.End)
            {
                continue;
            }

            var (length, _) = _lexicon.ArmedGroups.Match(text.Words, i, end);
            if (length > 0 && text.Document.Tokens[i + length - 1].Span.End <= span.End)
            {
                var to = i + length;
                if (to < end && text.Words[to] == "(" && to + 2 < end && text.Words[to + 2] == ")")
                {
                    to += 3;
                }

                return new TextSpan(token.Start, text.Document.Tokens[Math.Min(to, end) - 1].Span.End);
            }
        }

        return null;
    }

    /// <summary>The armed group named nearest the trigger in its sentence ("FMLN guerrillas", "members of the ELN"), before it first.</summary>
    private EventActor[]? Group(EventText text, TriggerHit trigger, int first, int end)
    {
        (int From, int To)? best = null;
        var bestDistance = int.MaxValue;
        for (var i = first; i < end; i++)
        {
            var (length, _) = _lexicon.ArmedGroups.Match(text.Words, i, end);
            if (length == 0)
            {
                continue;
            }

            var distance = i < trigger.First ? trigger.First - i : (i - trigger.End) + GroupAfterPenalty;
            if (distance < bestDistance)
            {
                best = (i, i + length);
                bestDistance = distance;
            }

            i += length - 1;
        }

        return best is { } b ? [new EventActor("actor1", text.Span(b.From, b.To), null)] : null;
    }

    private EventActor[]? By(EventText text, TriggerHit trigger, int end, IReadOnlyList<ActorMention> sides)
    {
        for (var i = trigger.End; i < Math.Min(end, trigger.End + 6); i++)
        {
            if (text.IsPunctuation(i))
            {
                return null;
            }

            if (text.Words[i] == "by")
            {
                var (from, to) = NounPhrases.PhraseAt(text, i + 1, end, MaxPhrase);
                return Accept(text, from, to, sides);
            }
        }

        return null;
    }

    private EventActor[]? Modifier(EventText text, TriggerHit trigger, int first, IReadOnlyList<ActorMention> sides)
    {
        // "Russian shelling", "Russia's shelling"; not across a comma ("Michael Reyff, kidnapped 11 days ago").
        var side = sides.LastOrDefault(s => s.End <= trigger.First && s.End >= trigger.First - 1 && s.First >= first && (s.End == trigger.First || !text.IsPunctuation(s.End) || text.Words[s.End] is "'s" or "'"));
        return side is null ? null : [new EventActor("actor1", side.Span, side.EntityId)];
    }

    private EventActor[]? Accused(EventText text, TriggerHit trigger, int first, IReadOnlyList<ActorMention> sides)
    {
        // "accused Y of the attack", "accused Y of this brutal murder": back over the determiner and adjectives to "of".
        var of = trigger.First - 1;
        while (of >= first && of >= trigger.First - 3 && (text.Is(of, PartOfSpeech.Det) || text.Is(of, PartOfSpeech.Adj)))
        {
            of--;
        }

        if (of < first || text.Words[of] != "of")
        {
            return null;
        }

        for (var k = of - 1; k >= Math.Max(first, of - 5); k--)
        {
            if (_lexicon.StatusCues.Match(text.Words, k, of).Value == "alleged")
            {
                return Accept(text, k + 1, of, sides);
            }
        }

        return null;
    }

    private EventActor[]? Subject(EventText text, TriggerHit trigger, int first, IReadOnlyList<ActorMention> sides)
    {
        // Back over the verb group and determiners between the subject and the trigger.
        var j = trigger.First - 1;
        var sawVerb = text.IsVerb(trigger.First);
        while (j >= first && trigger.First - j <= SubjectReach && !text.IsPunctuation(j) && !IsNominal(text, j, sides) && MayStandBetween(text, j))
        {
            sawVerb |= text.IsVerb(j);
            j--;
        }

        if (!sawVerb || j < first || text.IsPunctuation(j))
        {
            return null;
        }

        var k = j;
        while (k - 1 >= first && j - k < MaxPhrase && (IsNominal(text, k - 1, sides) || text.Is(k - 1, PartOfSpeech.Det) || text.Is(k - 1, PartOfSpeech.Adj) || text.Words[k - 1] == "of"))
        {
            k--;
        }

        return Accept(text, k, j + 1, sides);
    }

    /// <summary>Verbs, auxiliaries, adverbs, determiners, adjectives, numbers, possessive pronouns and an infinitive's "to" ("tried to kidnap") may stand between a subject and the trigger.</summary>
    private static bool MayStandBetween(EventText text, int i)
        => text.IsVerb(i) || text.Words[i] == "to" || text.Is(i, PartOfSpeech.Adv) || text.Is(i, PartOfSpeech.Det) || text.Is(i, PartOfSpeech.Adj) || text.Is(i, PartOfSpeech.Num)
           || (text.Is(i, PartOfSpeech.Pron) && text.Words[i] is "its" or "their" or "his" or "her");

    private static bool IsNominal(EventText text, int i, IReadOnlyList<ActorMention> sides)
        => text.Is(i, PartOfSpeech.Noun) || text.Is(i, PartOfSpeech.PropN) || sides.Any(s => s.First <= i && i < s.End);

    private EventActor[]? Accept(EventText text, int from, int to, IReadOnlyList<ActorMention> sides)
    {
        while (from < to && (text.Is(from, PartOfSpeech.Det) || _lexicon.Articles.Contains(text.Words[from]) || _lexicon.EdgeWords.Contains(text.Words[from])))
        {
            from++;
        }

        while (to > from && (text.IsPunctuation(to - 1) || _lexicon.EdgeWords.Contains(text.Words[to - 1])))
        {
            to--;
        }

        // A phrase whose head is a thing ("meters of the navy headquarters", "a car full of dynamite") names no one who acted.
        if (to <= from || _lexicon.TargetNouns.GetValueOrDefault(text.Words[to - 1]) == "object")
        {
            return null;
        }

        var side = sides.FirstOrDefault(s => s.First >= from && s.End <= to);
        var headIsActor = false;
        for (var i = from; i < to; i++)
        {
            headIsActor |= _lexicon.ActorNouns.Contains(text.Words[i]);
        }

        if (side is null && !headIsActor)
        {
            return null;
        }

        return [new EventActor("actor1", text.Span(from, to), side?.EntityId)];
    }
}

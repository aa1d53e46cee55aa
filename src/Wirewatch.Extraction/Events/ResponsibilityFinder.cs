using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Who an article holds responsible for an event told before with no actor of its own: an armed group named in a
/// later sentence that speaks of responsibility ("the Zarate Willka group has claimed
/// responsibility for the murder", "for which the FMLN guerrillas are being held responsible") becomes the actor1
/// of the latest such event of the sentences before it (or of its own sentence).
/// </summary>
public sealed class ResponsibilityFinder
{
    private const int ReachSentences = 3;

    private readonly EventLexicon _lexicon;

    public ResponsibilityFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public void Assign(EventText text, List<EventDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var (first, end) = text.Sentences[s];
            var cue = -1;
            for (var i = first; i < end && cue < 0; i++)
            {
                cue = _lexicon.Responsibility.Contains(text.Words[i]) ? i : -1;
            }

            if (cue < 0 || Responsible(text, first, end) is not { } actor)
            {
                continue;
            }

            var index = drafts.FindLastIndex(d => d.Trigger.Sentence <= s && d.Trigger.Sentence >= s - ReachSentences);
            if (index >= 0 && !drafts[index].Actors.Any(a => a.Role == "actor1"))
            {
                drafts[index] = drafts[index] with { Actors = [actor, .. drafts[index].Actors] };
            }
        }
    }

    /// <summary>The armed group named in the sentence (an organisation's name alone is too often the one reporting).</summary>
    private EventActor? Responsible(EventText text, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var (length, _) = _lexicon.ArmedGroups.Match(text.Words, i, end);
            if (length > 0)
            {
                return new EventActor("actor1", text.Span(i, i + length), null);
            }
        }

        return null;
    }
}

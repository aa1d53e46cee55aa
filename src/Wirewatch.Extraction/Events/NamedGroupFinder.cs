using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Who "the guerrillas" are: an actor1 that is only a common noun for insurgents ("the guerrillas", "urban
/// guerrillas", "the rebels") names the insurgent group of the article when the article names exactly one
/// ("the FMLN ... The guerrillas attacked"), as a reader resolves the definite description. The actor becomes the
/// group's mention nearest before the trigger (else the first after it). With two insurgent groups named, or none,
/// the actor stays as it is.
/// </summary>
public sealed class NamedGroupFinder
{
    private readonly EventLexicon _lexicon;

    public NamedGroupFinder(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public void Assign(EventText text, List<EventDraft> drafts)
    {
        if (!drafts.Any(d => d.Actors.Any(a => a.Role == "actor1")))
        {
            return;
        }

        var mentions = new List<(int First, int End)>();
        string? group = null;
        for (var i = 0; i < text.Words.Count; i++)
        {
            var (length, name) = _lexicon.ArmedGroups.Match(text.Words, i, text.Words.Count);
            if (length == 0)
            {
                continue;
            }

            if (name is not null && _lexicon.InsurgentGroups.Contains(name))
            {
                if (group is not null && group != name)
                {
                    return;
                }

                group = name;
                mentions.Add((i, i + length));
            }

            i += length - 1;
        }

        if (group is null)
        {
            return;
        }

        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var index = IndexOfActor1(draft);
            if (index < 0 || !IsInsurgentNoun(text, draft.Actors[index].Span))
            {
                continue;
            }

            var before = mentions.FindLastIndex(m => m.End <= draft.Trigger.First);
            var (from, to) = mentions[Math.Max(0, before)];
            var actors = draft.Actors.ToArray();
            actors[index] = actors[index] with { Span = text.Span(from, to), EntityId = null };
            drafts[d] = draft with { Actors = actors };
        }
    }

    private static int IndexOfActor1(EventDraft draft)
    {
        for (var i = 0; i < draft.Actors.Count; i++)
        {
            if (draft.Actors[i].Role == "actor1")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An actor span whose last word is an insurgent noun and that names no armed group ("the guerrillas", "urban guerrillas").</summary>
    private bool IsInsurgentNoun(EventText text, TextSpan span)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < text.Words.Count; i++)
        {
            var token = text.Document.Tokens[i].Span;
            if (token.Start >= span.Start && token.End <= span.End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (last < 0 || !_lexicon.InsurgentNouns.Contains(text.Words[last]))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (_lexicon.ArmedGroups.Match(text.Words, i, last + 1).Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}

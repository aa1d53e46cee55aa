using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// The people an event wounded or killed, told by a verb of injury or dying rather than by the trigger ("two civilians
/// were wounded", "injuring five civilians", "the inspector died in the explosion"), the things it damaged ("damaged the windows of the consulate", "a vehicle was
/// destroyed") or the people listed ("the victims were identified as ...", "among the injured are ..."): read as
/// the trigger's targets are, and added to the event of the same sentence, else to the event told last in the
/// sentences just before ("Two other persons were wounded during the attack").
/// </summary>
public sealed class VictimFinder
{
    private const int ReachSentences = 2;

    private static readonly TriggerEntry Harm = new("Attack", "kill", 1, []);

    private readonly EventLexicon _lexicon;
    private readonly TargetFinder _targets;

    public VictimFinder(EventLexicon lexicon, TargetFinder targets)
    {
        _lexicon = lexicon;
        _targets = targets;
    }

    public void Assign(EventText text, List<EventDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        for (var i = 0; i < text.Count; i++)
        {
            var sentence = text.SentenceOf[i];
            if (ListStart(text, i, text.Sentences[sentence].End) is { } start)
            {
                Add(drafts, sentence, _targets.People(text, start, text.Sentences[sentence].End));
                continue;
            }

            if (_lexicon.DamageVerbs.Contains(text.Words[i]) && text.IsVerb(i))
            {
                Add(drafts, sentence, _targets.Damaged(text, i, sentence));
                continue;
            }

            if (_lexicon.DeathVerbs.Contains(text.Words[i]) && text.IsVerb(i))
            {
                Add(drafts, sentence, _targets.Subject(text, i, sentence));
                continue;
            }

            if (!_lexicon.HarmVerbs.Contains(text.Words[i]) || !text.IsVerb(i))
            {
                continue;
            }

            Add(drafts, sentence, _targets.Find(text, new TriggerHit(i, i + 1, Harm, sentence)));
        }
    }

    /// <summary>
    /// Where a list of victims starts after words that introduce it: "the victims were identified as ...", "among the
    /// injured are ...".
    /// </summary>
    private int? ListStart(EventText text, int i, int end)
    {
        var words = text.Words;
        if (words[i] == "identified" && i + 2 < end && words[i + 1] == "as")
        {
            return i + 2;
        }

        return words[i] == "among" && i + 4 < end && words[i + 1] == "the" && _lexicon.Casualties.ContainsKey(words[i + 2]) && words[i + 3] is "are" or "were"
            ? i + 4
            : null;
    }

    /// <summary>Adds victims to the event of their sentence, else to the one told last in the sentences just before.</summary>
    private static void Add(List<EventDraft> drafts, int sentence, IReadOnlyList<TextSpan> victims)
    {
        if (victims.Count == 0)
        {
            return;
        }

        var index = drafts.FindLastIndex(d => d.Trigger.Sentence == sentence);
        if (index < 0)
        {
            index = drafts.FindLastIndex(d => d.Trigger.Sentence < sentence && d.Trigger.Sentence >= sentence - ReachSentences);
        }

        if (index < 0)
        {
            return;
        }

        var known = drafts[index].Targets;
        var added = victims.Where(v => !known.Any(k => k.Overlaps(v))).ToList();
        if (added.Count > 0)
        {
            drafts[index] = drafts[index] with { Targets = [.. known, .. added] };
        }
    }
}

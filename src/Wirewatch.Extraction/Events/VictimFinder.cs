namespace Wirewatch.Extraction.Events;

/// <summary>
/// The people an event wounded, told by a verb of injury rather than by the trigger ("two civilians were wounded",
/// "injuring five civilians"): read as the trigger's targets are, and added to the event of the same sentence, else
/// to the event told last in the sentences just before ("Two other persons were wounded during the attack").
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
            if (!_lexicon.HarmVerbs.Contains(text.Words[i]) || !text.IsVerb(i))
            {
                continue;
            }

            var sentence = text.SentenceOf[i];
            var index = drafts.FindLastIndex(d => d.Trigger.Sentence == sentence);
            if (index < 0)
            {
                index = drafts.FindLastIndex(d => d.Trigger.Sentence < sentence && d.Trigger.Sentence >= sentence - ReachSentences);
            }

            if (index < 0)
            {
                continue;
            }

            var victims = _targets.Find(text, new TriggerHit(i, i + 1, Harm, sentence));
            var known = drafts[index].Targets;
            var added = victims.Where(v => !known.Any(k => k.Overlaps(v))).ToList();
            if (added.Count > 0)
            {
                drafts[index] = drafts[index] with { Targets = [.. known, .. added] };
            }
        }
    }
}

using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// How an event is presented: alleged or claimed when a cue stands before the trigger in its sentence ("the
/// alleged drone attack", "Russia claimed Ukraine had launched"); disputed when a denial is in its sentence or
/// one of the two after it ("Ukraine has strongly denied", "called the claims a lie").
/// </summary>
public sealed class StatusReader
{
    private const int DenialReachSentences = 2;

    private readonly EventLexicon _lexicon;

    public StatusReader(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public (EventStatus Status, bool Disputed) Read(EventText text, TriggerHit trigger)
    {
        var (first, _) = text.Sentences[trigger.Sentence];
        var status = EventStatus.Reported;
        for (var i = first; i < trigger.First; i++)
        {
            var (length, cue) = _lexicon.StatusCues.Match(text.Words, i, trigger.First);
            if (cue == "alleged")
            {
                status = EventStatus.Alleged;
            }
            else if (cue == "claimed" && status == EventStatus.Reported)
            {
                status = EventStatus.Claimed;
            }

            i += Math.Max(0, length - 1);
        }

        var disputed = false;
        var last = Math.Min(text.Sentences.Count - 1, trigger.Sentence + DenialReachSentences);
        for (var s = trigger.Sentence; s <= last && !disputed; s++)
        {
            var (from, end) = text.Sentences[s];
            for (var i = from; i < end && !disputed; i++)
            {
                disputed = _lexicon.StatusCues.Match(text.Words, i, end).Value == "disputed";
            }
        }

        return (status, disputed);
    }
}

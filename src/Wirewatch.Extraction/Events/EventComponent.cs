using Wirewatch.Core;
using Wirewatch.Extraction.Gazetteers;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// The events component: finds the words that say something happened, types them by ACLED's taxonomy, reads
/// each mention's place, date, actors, targets, casualties, counts and status from its sentence, and merges the
/// mentions of one event. Pure: no clock, no I/O after the lexicon and gazetteer are loaded.
/// </summary>
public sealed class EventComponent : IPipelineComponent
{
    private readonly TriggerFinder _triggers;
    private readonly PlaceFinder _places;
    private readonly DateFinder _dates;
    private readonly ActorFinder _actors;
    private readonly TargetFinder _targets;
    private readonly CasualtyFinder _casualties;
    private readonly StatusReader _status;
    private readonly EventMerger _merger;
    private readonly ResponsibilityFinder _responsibility;
    private readonly NamedGroupFinder _namedGroups;
    private readonly VictimFinder _victims;
    private readonly BackgroundReader _background;
    private readonly Gazetteer _gazetteer;
    private readonly EventLexicon _lexicon;

    public EventComponent(EventLexicon lexicon, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _triggers = new TriggerFinder(lexicon);
        _places = new PlaceFinder(gazetteer, lexicon, new RegionalPlaces(gazetteer));
        _dates = new DateFinder(lexicon);
        _actors = new ActorFinder(lexicon);
        _targets = new TargetFinder(lexicon);
        _casualties = new CasualtyFinder(lexicon);
        _status = new StatusReader(lexicon);
        _merger = new EventMerger(lexicon);
        _responsibility = new ResponsibilityFinder(lexicon);
        _namedGroups = new NamedGroupFinder(lexicon);
        _victims = new VictimFinder(lexicon, _targets);
        _background = new BackgroundReader(lexicon);
    }

    public string Name => "events";

    public Layers Needs => Layers.FoldedText | Layers.Tokens | Layers.Sentences | Layers.PartsOfSpeech | Layers.Times | Layers.Entities;

    public Layers Adds => Layers.Events;

    public void Process(Document document)
    {
        var text = new EventText(document);
        var sides = Sides(document);
        var acting = document.Entities.SelectMany(e => e.Mentions).Where(m => m.StandsFor is not null).Select(m => m.Span)
            .Concat(document.Entities.Where(e => e.Type is EntityType.Org or EntityType.Person).SelectMany(e => e.Mentions).Select(m => m.Span))
            .ToList();
        var names = document.Entities.Where(e => e.Type is EntityType.Org or EntityType.Person).SelectMany(e => e.Mentions).Select(m => m.Span).ToList();
        var places = _places.Places(text, acting);
        var drafts = new List<EventDraft>();
        foreach (var trigger in _triggers.Find(text, names))
        {
            if (IsUnreal(text, trigger))
            {
                continue;
            }

            var (first, end) = text.Sentences[trigger.Sentence];
            var anaphoric = trigger.First > first && _lexicon.Anaphors.Contains(text.Words[trigger.First - 1]);
            var own = _places.Locate(text, places.Where(p => p.Sentence == trigger.Sentence).ToList(), trigger, anaphoric);
            var location = own ?? _places.Locate(text, places, trigger, anaphoric);
            var (date, precision, timeId) = _dates.Date(text, trigger);
            var (fatalities, injuries) = _casualties.Casualties(text, first, end);
            var (status, disputed) = _status.Read(text, trigger);
            var targets = _targets.Find(text, trigger);
            // Who was hit did not do it: an actor read inside a target ("attack on National Guard units") is none.
            if (_background.IsBackground(text, trigger, targets.Count > 0, fatalities?.Value))
            {
                continue;
            }

            var actors = _actors.Find(text, trigger, sides).Where(a => !targets.Any(t => t.Overlaps(a.Span))).ToList();
            if (IsGeneric(text, trigger) && !IsSubjectOfAct(text, trigger) && (own is null || own.GeoPrecision == 3) && timeId is null && targets.Count == 0 && fatalities is null && injuries is null)
            {
                continue;
            }

            drafts.Add(new EventDraft(
                trigger,
                text.Span(trigger.First, trigger.End),
                anaphoric,
                location,
                own is not null,
                date,
                precision,
                timeId,
                actors,
                targets,
                fatalities,
                injuries,
                _casualties.Counts(text, first, end),
                status,
                disputed));
        }

        _responsibility.Assign(text, drafts);
        _namedGroups.Assign(text, drafts);
        _victims.Assign(text, drafts);
        document.Events = _merger.Merge(document, drafts);
    }

    /// <summary>
    /// A plural noun ("bombings", "murders") names a kind of act, not one that happened: with nothing of its own
    /// (no place finer than a country, no time, target or casualties in its sentence) it is talk about such acts, not
    /// a report of one ("the increase in the bombings in El Salvador").
    /// </summary>
    private static bool IsGeneric(EventText text, TriggerHit trigger)
    {
        var last = trigger.End - 1;
        return text.Is(last, PartOfSpeech.Noun) && text.Words[last].Length > 3 && text.Words[last].EndsWith('s') && !text.Words[last].EndsWith("ss", StringComparison.Ordinal);
    }

    /// <summary>"seven of these bombs exploded": a plural noun followed by a verb of the act is a report of acts, not talk of a kind.</summary>
    private bool IsSubjectOfAct(EventText text, TriggerHit trigger)
    {
        var (_, end) = text.Sentences[trigger.Sentence];
        var k = trigger.End;
        while (k < end && (text.Is(k, PartOfSpeech.Aux) || text.Is(k, PartOfSpeech.Adv)))
        {
            k++;
        }

        return k < end && text.IsVerb(k) && _lexicon.Triggers.Match(text.Words, k, end).Length > 0;
    }

    /// <summary>
    /// A trigger that tells of no deed: a verb that is planned, possible or demanded ("will attack", "plans to
    /// kill", "could bomb"; "tried to kidnap" is an attempt, which happened), or an act someone wants stopped ("stop
    /// bombing", "halt the murder of peasants").
    /// </summary>
    private bool IsUnreal(EventText text, TriggerHit trigger)
    {
        var (first, _) = text.Sentences[trigger.Sentence];
        var k = trigger.First - 1;
        while (k >= first && (text.Is(k, PartOfSpeech.Adv) || text.Is(k, PartOfSpeech.Det) || text.Words[k] is "not" or "also" or "be"))
        {
            k--;
        }

        if (k < first)
        {
            return false;
        }

        if (_lexicon.Averting.Contains(text.Words[k]))
        {
            return true;
        }

        if (!text.IsVerb(trigger.First) || !_lexicon.Irrealis.Contains(text.Words[k]))
        {
            return false;
        }

        return !(text.Words[k] == "to" && k - 1 >= first && _lexicon.Attempts.Contains(text.Words[k - 1]));
    }

    private List<ActorMention> Sides(Document document)
    {
        var sides = new List<ActorMention>();
        var tokens = document.Tokens;
        foreach (var entity in document.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (mention.Kind != MentionKind.Name)
                {
                    continue;
                }

                var first = LastAtOrBefore(tokens, mention.Span.Start, static t => t.Start);
                var last = LastAtOrBefore(tokens, mention.Span.End, static t => t.End);
                if (first >= 0 && tokens[first].Start == mention.Span.Start && last >= 0 && tokens[last].End == mention.Span.End)
                {
                    var end = last + 1;
                    sides.Add(new ActorMention(first, end, mention.Span, mention.StandsFor ?? entity.Id));
                }
            }
        }

        foreach (var demonym in _gazetteer.FindAll(document).Demonyms)
        {
            if (!sides.Any(s => s.Span.Overlaps(demonym.Span)))
            {
                var entity = document.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span.Overlaps(demonym.Span)));
                sides.Add(new ActorMention(demonym.FirstToken, demonym.EndToken, demonym.Span, entity?.Id));
            }
        }

        sides.Sort((a, b) => a.First.CompareTo(b.First));
        return sides;
    }

    // The last token whose position (start or end, both rising through the text) is at or before the given one; -1 when none.
    private static int LastAtOrBefore(IReadOnlyList<Token> tokens, int position, Func<Token, int> at)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (at(tokens[mid]) <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}

using Wirewatch.Core;
using Wirewatch.Extraction.Entities;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Makes one event of the mentions of one event. A mention joins the latest earlier event of the same group of
/// acts (violence, abduction, destruction, arrest, protest, territory, movement, weapons placing, strike) when
/// it is in the same sentence, when it has no date or place of its own and the event is dated to the day, or
/// when their places agree (the same, or one in the other's region; or one has none) and their exact dates do not
/// differ. The most specific trigger gives the type; the lowest fatality figure is kept (ACLED's rule when
/// reports disagree); an interception joining a strike adds its interceptor as actor2.
/// </summary>
public sealed class EventMerger
{
    private readonly EventLexicon _lexicon;

    public EventMerger(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public IReadOnlyList<Event> Merge(Document document, IReadOnlyList<EventDraft> drafts)
    {
        var groups = new List<List<EventDraft>>();
        foreach (var draft in drafts)
        {
            var home = groups.LastOrDefault(g => Joins(g, draft));
            if (home is null)
            {
                groups.Add([draft]);
            }
            else
            {
                home.Add(draft);
            }
        }

        return groups.Select((g, i) => Build(document, $"v{i + 1}", g)).ToList();
    }

    private static string Group(string kind) => kind switch
    {
        "attack" or "kill" or "shell" or "air" or "bomb" or "explode" or "intercept" => "violence",
        _ => kind,
    };

    private static bool Joins(List<EventDraft> group, EventDraft draft)
    {
        // A clash between armed forces is another event than a bombing or an attack told near it; a killing in the
        // clash's own sentence is the clash's ("three soldiers were killed during clashes").
        var sameSentence = group.Any(d => d.Trigger.Sentence == draft.Trigger.Sentence);
        var kind = Group(draft.Trigger.Entry.Class);
        if (group.All(d => Group(d.Trigger.Entry.Class) != kind)
            && !(sameSentence && (kind, Group(group[^1].Trigger.Entry.Class)) is ("clash", "violence") or ("violence", "clash") && group.Concat([draft]).All(d => d.Trigger.Entry.Class is "kill" or "clash")))
        {
            return false;
        }

        if (sameSentence)
        {
            return true;
        }

        var place = group.FirstOrDefault(d => d.OwnLocation)?.Location;
        if (draft.OwnLocation && place is not null && !SamePlace(place, draft.Location))
        {
            return false;
        }

        // A mention with no date or place of its own, told after an act of its kind dated to the day, is that act told
        // again ("The two bombs exploded only minutes apart").
        if (draft.TimeId is null && !draft.OwnLocation && group.Any(d => d.TimePrecision == 1))
        {
            return true;
        }

        if (!draft.OwnLocation && place is not null && !draft.Anaphoric)
        {
            return false;
        }

        if (draft.OwnLocation && place is null && group.Any(d => d.OwnLocation is false) && !group.Any(d => d.Anaphoric))
        {
            return false;
        }

        var date = group.FirstOrDefault(d => d.TimePrecision == 1)?.Date;
        return !(draft.TimePrecision == 1 && date is not null && date != draft.Date);
    }

    /// <summary>The same place, or one inside the other's region ("El Penon" in "Cundinamarca").</summary>
    private static bool SamePlace(EventLocation place, EventLocation? other)
        => other is not null && (place.Name == other.Name
            || (other.Admin1.Length > 0 && other.Admin1 == place.Name && other.CountryCode == place.CountryCode)
            || (place.Admin1.Length > 0 && place.Admin1 == other.Name && other.CountryCode == place.CountryCode));

    private Event Build(Document document, string id, List<EventDraft> mentions)
    {
        var text = document.Text;
        var main = mentions.OrderByDescending(d => d.Trigger.Entry.Rank).ThenBy(d => d.Trigger.Entry.Class == "intercept" ? 1 : 0).First();
        var info = _lexicon.TypeOf(main.Trigger.Entry.SubType);
        var dated = mentions.FirstOrDefault(d => d.TimePrecision == 1) ?? mentions.OrderBy(d => d.TimePrecision).First();
        var located = mentions.FirstOrDefault(d => d.OwnLocation) ?? mentions.FirstOrDefault(d => d.Location is not null);
        var actors = new List<EventActor>();
        foreach (var mention in mentions)
        {
            var interceptor = mention.Trigger.Entry.Class == "intercept" && main.Trigger.Entry.Class != "intercept";
            foreach (var actor in mention.Actors)
            {
                var role = interceptor ? "actor2" : actors.Any(a => a.Role == "actor1") ? "associated" : actor.Role;
                if (!actors.Any(a => a.Span.Overlaps(actor.Span) || (a.EntityId is not null && a.EntityId == actor.EntityId)))
                {
                    actors.Add(actor with { Role = role });
                }
            }
        }

        var status = mentions.Max(d => d.Status);
        var tags = mentions.Where(d => d.Trigger.Entry.SubType != info.SubType && d.Trigger.Entry.Class == "intercept")
            .Select(d => d.Trigger.Entry.SubType).Distinct().ToList();
        return new Event(id, info.Type, info.SubType, main.TriggerSpan)
        {
            DisorderType = info.DisorderType,
            Classes = mentions.Select(d => d.Trigger.Entry.Class).Distinct().ToList(),
            Mentions = mentions.Select(d => d.TriggerSpan).ToList(),
            Date = dated.Date,
            TimePrecision = dated.TimePrecision,
            TimeId = dated.TimeId,
            Location = located?.Location,
            Actors = actors,
            Targets = TargetAppositions.Drop(document, Distinct(mentions.SelectMany(d => d.Targets).DistinctBy(t => t.Slice(text).ToLowerInvariant()).ToList()), EntityLexicon.Default),
            Fatalities = mentions.Select(d => d.Fatalities).Where(f => f is not null).MinBy(f => f!.Value),
            Injuries = mentions.Select(d => d.Injuries).Where(f => f is not null).MinBy(f => f!.Value),
            Counts = mentions.SelectMany(d => d.Counts).DistinctBy(c => c.Span).ToList(),
            Status = status,
            Disputed = mentions.Any(d => d.Disputed),
            Tags = tags,
        };
    }

    /// <summary>The targets, the longest of those that overlap (two mentions reading the same victim) kept, in their order.</summary>
    private static List<TextSpan> Distinct(List<TextSpan> targets)
    {
        var kept = new List<TextSpan>(targets.Count);
        foreach (var t in targets.OrderByDescending(t => t.End - t.Start).ThenBy(t => t.Start))
        {
            if (!kept.Any(k => k.Overlaps(t)))
            {
                kept.Add(t);
            }
        }

        return targets.Where(kept.Contains).ToList();
    }
}

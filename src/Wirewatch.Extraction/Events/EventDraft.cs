using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>One mention of an event with what its sentence says about it, before mentions of one event are merged.</summary>
public sealed record EventDraft(
    TriggerHit Trigger,
    TextSpan TriggerSpan,
    bool Anaphoric,
    EventLocation? Location,
    bool OwnLocation,
    string? Date,
    int TimePrecision,
    string? TimeId,
    IReadOnlyList<EventActor> Actors,
    IReadOnlyList<TextSpan> Targets,
    EventNumber? Fatalities,
    EventNumber? Injuries,
    IReadOnlyList<EventCount> Counts,
    EventStatus Status,
    bool Disputed);

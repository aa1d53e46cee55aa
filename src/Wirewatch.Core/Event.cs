namespace Wirewatch.Core;

/// <summary>
/// One event the article reports, in ACLED's shape: its type and sub-event type, the words that say it happened,
/// when and where, who took part, what was hit, how many died and how many strikes, shells or drones there were.
/// Every field points back to its words.
/// </summary>
/// <param name="Id">"v1", "v2"... in text order.</param>
/// <param name="Type">ACLED's event type ("Explosions/Remote violence").</param>
/// <param name="SubType">ACLED's sub-event type ("Shelling/artillery/missile attack").</param>
/// <param name="Trigger">The words of the first mention that say the event happened ("shelling").</param>
public sealed record Event(string Id, string Type, string SubType, TextSpan Trigger)
{
    /// <summary>ACLED's disorder type ("Political violence", "Demonstrations", "Strategic developments").</summary>
    public string DisorderType { get; init; } = string.Empty;

    /// <summary>The coarse kinds of act of its mentions ("shell", "intercept"), from the trigger lexicon.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>Every trigger of the mentions merged into this event, in text order.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];

    /// <summary>The date it happened (ISO, "2023-05-03"), or null when neither the text nor the article says.</summary>
    public string? Date { get; init; }

    /// <summary>ACLED's timePrecision: 1 the day is known, 2 the week (or only the report date), 3 the month.</summary>
    public int TimePrecision { get; init; } = 3;

    /// <summary>The time expression the date comes from, if any.</summary>
    public string? TimeId { get; init; }

    public EventLocation? Location { get; init; }

    public IReadOnlyList<EventActor> Actors { get; init; } = [];

    /// <summary>What was hit or who was the victim ("Pryvokzalna Square", "a railway station", "50 peasants").</summary>
    public IReadOnlyList<TextSpan> Targets { get; init; } = [];

    public EventNumber? Fatalities { get; init; }

    public EventNumber? Injuries { get; init; }

    /// <summary>Counts of strikes, shells, missiles and drones ("more than 80 shells").</summary>
    public IReadOnlyList<EventCount> Counts { get; init; } = [];

    public EventStatus Status { get; init; } = EventStatus.Reported;

    /// <summary>Whether someone in the article denies it happened or denies its account.</summary>
    public bool Disputed { get; init; }

    /// <summary>Short notes on the outcome ("intercepted"), ACLED's tags column.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

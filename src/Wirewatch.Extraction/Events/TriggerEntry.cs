namespace Wirewatch.Extraction.Events;

/// <summary>One line of the trigger lexicon: the ACLED sub-event type the words signal, their class, rank and context words one of which the sentence must hold.</summary>
public sealed record TriggerEntry(string SubType, string Class, int Rank, IReadOnlyList<string> Requires);

namespace Wirewatch.Extraction.Events;

/// <summary>Trigger words found in the text: tokens <c>[First, End)</c>, their lexicon entry and sentence.</summary>
public sealed record TriggerHit(int First, int End, TriggerEntry Entry, int Sentence);

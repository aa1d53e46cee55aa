using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>A place named in the text (or a landmark in one), tokens <c>[First, End)</c>, as an event location.</summary>
public sealed record LocatedPlace(int First, int End, EventLocation Location, bool Locative, int Sentence);

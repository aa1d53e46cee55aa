namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Every place name and nationality word in a document, in text order, not overlapping.</summary>
public sealed record GazetteerMatches(IReadOnlyList<PlaceMatch> Places, IReadOnlyList<DemonymMatch> Demonyms);

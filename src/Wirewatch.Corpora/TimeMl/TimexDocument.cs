namespace Wirewatch.Corpora.TimeMl;

/// <summary>A document with gold time expressions: its text, its creation time and the TIMEX3s in it.</summary>
/// <param name="Id">The corpus's id for the document.</param>
/// <param name="CreationDate">The document creation time (DCT), the date relative times resolve against.</param>
/// <param name="Text">The text the spans index into.</param>
/// <param name="Timexes">The gold time expressions in text order.</param>
public sealed record TimexDocument(string Id, DateOnly? CreationDate, string Text, IReadOnlyList<AnnotatedTimex> Timexes);

using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// A place name found in text. <see cref="Span"/> covers the name and a kind word after it ("Kherson region",
/// "Zaporizhzhia Oblast"), never a possessive ending; <see cref="FirstToken"/> and <see cref="EndToken"/>
/// (exclusive) are the tokens it touches (a name may be part of a hyphenated token: "US-Russia").
/// <see cref="Candidates"/> are the records the name can mean, best-known first.
/// </summary>
public sealed record PlaceMatch(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    IReadOnlyList<Place> Candidates,
    PlaceHint Hint,
    bool Possessive);

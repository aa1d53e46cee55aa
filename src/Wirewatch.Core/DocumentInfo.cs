namespace Wirewatch.Core;

/// <summary>Who a document is and where it came from.</summary>
/// <param name="Id">A stable id: a prefix of the SHA-256 of the date, title and body, so the same content always gets the same id.</param>
/// <param name="Source">The path it was read from (with <c>:LINE</c> for a JSON Lines record), or <c>-</c> for standard input.</param>
/// <param name="Date">The article's date, against which relative times resolve; null when unknown.</param>
/// <param name="DateOrigin">Where the date came from.</param>
/// <param name="Title">The title, when the input gives one.</param>
/// <param name="SourceId">The id the input itself gave the document (the <c>id</c> field of a JSON Lines record), if any.</param>
public sealed record DocumentInfo(
    string Id,
    string Source,
    DateOnly? Date,
    DateOrigin DateOrigin,
    string? Title,
    string? SourceId);

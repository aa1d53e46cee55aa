using Wirewatch.Core;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// One token as the time recogniser sees it: hyphenated words are split into their parts ("five-year" is
/// "five", "year"), so that an expression may be a whole word's parts but never part of a word ("23-year-old").
/// </summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Kind">The kind of the token it comes from.</param>
/// <param name="StartsWord">True when it begins its token.</param>
/// <param name="EndsWord">True when it ends its token.</param>
public readonly record struct TimeToken(int Start, int End, TokenKind Kind, bool StartsWord, bool EndsWord);

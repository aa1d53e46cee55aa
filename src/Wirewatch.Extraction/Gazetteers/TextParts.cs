using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Turns tokens into the pieces the name matcher walks over, splitting words at hyphens and slashes.</summary>
internal static class TextParts
{
    public static List<TextPart> Split(string text, IReadOnlyList<Token> tokens, int fromToken, int toToken)
    {
        var parts = new List<TextPart>(Math.Max(0, toToken - fromToken) + 4);
        for (var t = Math.Max(0, fromToken); t < Math.Min(toToken, tokens.Count); t++)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Abbreviation:
                    AddPieces(text, token, t, parts);
                    break;
                case TokenKind.Clitic:
                    parts.Add(new TextPart(token.Start, token.End, t, IsPossessive(token.Span.Slice(text)) ? TextPartKind.Possessive : TextPartKind.Stop));
                    break;
                case TokenKind.Punctuation when token.Span.Length == 1 && text[token.Start] == ',':
                    parts.Add(new TextPart(token.Start, token.End, t, TextPartKind.Joiner));
                    break;
                case TokenKind.Punctuation when token.Span.Length == 1 && text[token.Start] is '\'' or '\u2019':
                    parts.Add(new TextPart(token.Start, token.End, t, TextPartKind.Possessive));
                    break;
                default:
                    parts.Add(new TextPart(token.Start, token.End, t, TextPartKind.Stop));
                    break;
            }
        }

        return parts;
    }

    private static void AddPieces(string text, Token token, int index, List<TextPart> parts)
    {
        var start = token.Start;
        for (var i = token.Start; i <= token.End; i++)
        {
            if (i == token.End || text[i] is '-' or '/' or '\u2010' or '\u2011' or '\u2013')
            {
                if (i > start)
                {
                    parts.Add(new TextPart(start, i, index, TextPartKind.Word));
                }

                start = i + 1;
            }
        }
    }

    private static bool IsPossessive(string clitic) => clitic is "'s" or "'S" or "\u2019s" or "\u2019S";
}

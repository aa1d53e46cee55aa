using Wirewatch.Core;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Text.Sentences;

/// <summary>
/// Groups tokens into sentences. Paragraph breaks are hard boundaries. A sentence ends at ".", "!", "?" or an
/// ellipsis (with the closing quotes and brackets that stick to it), unless what follows shows it goes on
/// ("?" before a lower-case word, an ellipsis inside a sentence); after an abbreviation that may end a sentence
/// ("Inc.", "U.S.") only when a sentence starter follows; never after a title ("Gen."); and at a line break
/// after a line with no end punctuation, such as a headline or caption, when the next line starts a new
/// sentence (unless the paragraph is hard-wrapped, when line breaks are only spaces).
/// </summary>
public sealed class SentenceSplitter
{
    private readonly TextLexicon _lexicon;

    public SentenceSplitter(TextLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public List<TextSpan> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> paragraphs)
    {
        var sentences = new List<TextSpan>();
        var t = 0;
        foreach (var paragraph in paragraphs)
        {
            while (t < tokens.Count && tokens[t].Start < paragraph.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].End <= paragraph.End)
            {
                t++;
            }

            SplitParagraph(text, tokens, first, t, sentences);
        }

        return sentences;
    }

    private void SplitParagraph(string text, IReadOnlyList<Token> tokens, int first, int end, List<TextSpan> sentences)
    {
        if (first >= end)
        {
            return;
        }

        var wrapped = LineWrapping.IsHardWrapped(text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start));
        var start = first;
        for (var i = first; i < end; i++)
        {
            var last = EndsSentenceAt(text, tokens, start, i, end, wrapped);
            if (last >= 0)
            {
                sentences.Add(new TextSpan(tokens[start].Start, tokens[last].End));
                start = last + 1;
                i = last;
            }
        }

        if (start < end)
        {
            sentences.Add(new TextSpan(tokens[start].Start, tokens[end - 1].End));
        }
    }

    // When a sentence ends with token i (or with closers right after it), the index of its last token; else -1.
    private int EndsSentenceAt(string text, IReadOnlyList<Token> tokens, int start, int i, int end, bool wrapped)
    {
        var token = tokens[i];
        var span = text.AsSpan(token.Start, token.End - token.Start);
        if (i + 1 >= end)
        {
            return -1;
        }

        if (IsTerminal(token, span))
        {
            // Take in the closing quotes and brackets attached to it, and any end punctuation after them ('..." .').
            var last = i;
            while (last + 1 < end)
            {
                var following = tokens[last + 1];
                var attachedCloser = following.Start == tokens[last].End && IsCloser(text[following.Start]);
                if (!attachedCloser && !IsTerminal(following, text.AsSpan(following.Start, following.End - following.Start)))
                {
                    break;
                }

                last++;
            }

            if (last + 1 >= end)
            {
                return -1;
            }

            var next = tokens[last + 1];
            var nextChar = text[next.Start];
            if (next.Kind is TokenKind.Punctuation && nextChar is ',' or ';' or ':' or ')' or ']' or '}' or '-' or '\u2013' or '\u2014')
            {
                return -1;
            }

            // After a full stop a new sentence may start in lower case (machine-translated and lower-cased feeds);
            // after "?", "!" or an ellipsis a lower-case word goes on with the same sentence.
            // A full stop closing a bracket opened inside the sentence ends an abbreviation there ("Rep. Earl
            // Blumenauer (D-Ore.) said"), so a lower-case word after the bracket goes on with the sentence.
            var goesOn = CharClass.IsLower(nextChar) && (span is not "." || ClosesInnerBracket(text, tokens, start, i, last));
            return goesOn ? -1 : last;
        }

        if (token.Kind == TokenKind.Abbreviation && AbbreviationEnds(text, tokens, i, span))
        {
            return i;
        }

        var gap = text.AsSpan(token.End, tokens[i + 1].Start - token.End);
        if (!wrapped && gap.Contains('\n') && LineBreakEnds(text, token, tokens[i + 1]))
        {
            return i;
        }

        return -1;
    }

    private static bool IsTerminal(Token token, ReadOnlySpan<char> span)
        => token.Kind == TokenKind.Punctuation && span[0] is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}';

    // Whether the last token taken in after the full stop at i is ")" and its "(" opened after the sentence's first token.
    private static bool ClosesInnerBracket(string text, IReadOnlyList<Token> tokens, int start, int i, int last)
    {
        if (last == i || text[tokens[last].Start] != ')')
        {
            return false;
        }

        for (var k = i - 1; k > start; k--)
        {
            var c = text[tokens[k].Start];
            if (c == ')')
            {
                return false;
            }

            if (c == '(')
            {
                return true;
            }
        }

        return false;
    }

    private bool AbbreviationEnds(string text, IReadOnlyList<Token> tokens, int i, ReadOnlySpan<char> abbreviation)
    {
        if (abbreviation.Length == 2 && CharClass.IsUpper(abbreviation[0]))
        {
            return false; // an initial
        }

        if (_lexicon.TryGetAbbreviation(abbreviation, out var kind) && kind is AbbreviationClass.Title or AbbreviationClass.Numeric)
        {
            return false;
        }

        var next = tokens[i + 1];
        var word = text.AsSpan(next.Start, next.End - next.Start);
        if (next.Kind == TokenKind.Punctuation && word is ['"' or '\''] && i + 2 < tokens.Count)
        {
            return true;
        }

        return next.Kind == TokenKind.Word && _lexicon.IsSentenceStarter(word);
    }

    // In a paragraph that is not hard-wrapped, a line break ends a sentence when the line before has no end
    // punctuation (a headline, a caption, a dateline) and the next line starts like a sentence.
    private static bool LineBreakEnds(string text, Token before, Token after)
    {
        var lastChar = text[before.End - 1];
        var firstChar = text[after.Start];
        if (lastChar is ',' or ';' or ':' or '(' or '&')
        {
            return false;
        }

        return CharClass.IsUpper(firstChar) || CharClass.IsDigit(firstChar) || firstChar is '"' or '\'' or '(' or '-' or '*' or '\u2022';
    }
}

using Wirewatch.Core;

namespace Wirewatch.Text.Tokenization;

/// <summary>
/// Splits folded text (see <see cref="Normalization.TextFolding"/>) into tokens with half-open spans, the way
/// news needs: abbreviations, titles and initials keep their period ("Gen.", "J.", "U.S."); numbers keep
/// separators and decimals ("1,000.5"); hyphenated compounds stay whole ("long-term"); clitics split off as the
/// Universal Dependencies treebanks do ("Russia" + "'s", "do" + "n't"); URLs and e-mail addresses stay whole.
/// </summary>
public sealed class Tokenizer
{
    private readonly TextLexicon _lexicon;

    public Tokenizer(TextLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, tokens);
        return tokens;
    }

    public void Tokenize(string text, List<Token> output)
    {
        var i = 0;
        var end = text.Length;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int tokenEnd;
            TokenKind kind;
            if (TryClitic(text, i, out tokenEnd))
            {
                kind = TokenKind.Clitic;
            }
            else if (CharClass.IsWordChar(c))
            {
                if (WebAddresses.TryUrl(text, i, out tokenEnd))
                {
                    kind = TokenKind.Url;
                }
                else if (WebAddresses.TryEmail(text, i, out tokenEnd))
                {
                    kind = TokenKind.Email;
                }
                else
                {
                    (tokenEnd, kind) = ScanWord(text, i, i);
                    if (kind == TokenKind.Word && _lexicon.ContractionParts(text.AsSpan(i, tokenEnd - i)) is { } parts)
                    {
                        i = AddParts(output, i, parts);
                        continue;
                    }
                }
            }
            else if (c is '#' or '@' && i + 1 < end && CharClass.IsLetter(text[i + 1]) && (i == 0 || !CharClass.IsWordChar(text[i - 1])))
            {
                (tokenEnd, kind) = ScanWord(text, i, i + 1);
            }
            else
            {
                (tokenEnd, kind) = ScanPunctuation(text, i);
            }

            output.Add(new Token(new TextSpan(i, tokenEnd), kind));
            i = tokenEnd;
        }
    }

    private static int AddParts(List<Token> output, int start, int[] parts)
    {
        foreach (var length in parts)
        {
            output.Add(new Token(new TextSpan(start, start + length), TokenKind.Word));
            start += length;
        }

        return start;
    }

    // "'s", "'re", "'ve", "'ll", "'d", "'m" and "n't" straight after a word, and the bare "'" of a plural possessive.
    private static bool TryClitic(string text, int i, out int end)
    {
        end = i;
        if (i == 0 || !CharClass.IsWordChar(text[i - 1]))
        {
            return false;
        }

        if (text[i] == '\'')
        {
            var k = i + 1;
            while (k < text.Length && CharClass.IsLetter(text[k]))
            {
                k++;
            }

            if (IsCliticSuffix(text.AsSpan(i + 1, k - i - 1)))
            {
                end = k;
                return true;
            }

            if (k == i + 1 && text[i - 1] is 's' or 'S' && (k == text.Length || !CharClass.IsWordChar(text[k])))
            {
                end = k;
                return true;
            }

            return false;
        }

        if (text[i] is 'n' or 'N' && i + 2 < text.Length && text[i + 1] == '\'' && text[i + 2] is 't' or 'T'
            && (i + 3 == text.Length || !CharClass.IsLetter(text[i + 3])))
        {
            end = i + 3;
            return true;
        }

        return false;
    }

    private static bool IsCliticSuffix(ReadOnlySpan<char> suffix)
        => suffix.Length switch
        {
            1 => suffix[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M',
            2 => suffix.Equals("re", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    // A word or number starting at wordStart (after any '#' or '@' at start). Returns its end and kind.
    private (int End, TokenKind Kind) ScanWord(string text, int start, int wordStart)
    {
        var end = text.Length;
        var j = wordStart;
        var segmentStart = j;
        var dotted = false;
        while (true)
        {
            while (j < end && CharClass.IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= end)
            {
                break;
            }

            var c = text[j];
            var next = text[j + 1];
            if (c == '-' && CharClass.IsWordChar(next))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (c == '\'' && CharClass.IsLetter(next))
            {
                var k = j + 1;
                while (k < end && CharClass.IsLetter(text[k]))
                {
                    k++;
                }

                var suffix = text.AsSpan(j + 1, k - j - 1);
                if (IsCliticSuffix(suffix))
                {
                    break;
                }

                if (suffix is ['t' or 'T'] && text[j - 1] is 'n' or 'N' && j - 1 > wordStart)
                {
                    j--;
                    break;
                }

                j = k;
                continue;
            }

            if (c is ',' or '.' or ':' or '/' && CharClass.IsDigit(next) && CharClass.IsDigit(text[j - 1]))
            {
                j++;
                continue;
            }

            if (c == '.' && CharClass.IsLetter(next))
            {
                var k = j + 1;
                while (k < end && CharClass.IsLetter(text[k]))
                {
                    k++;
                }

                var nextSegment = k - j - 1;
                if (j - segmentStart <= 2 && nextSegment <= 2 && (k == end || !CharClass.IsDigit(text[k])))
                {
                    dotted = true;
                    j = k;
                    segmentStart = j - nextSegment;
                    continue;
                }

                // "CNN.com", "alt.religion.scientology": a period with no space and a lower-case word after it.
                if (((k == end || !CharClass.IsWordChar(text[k])) && _lexicon.IsWebDomain(text.AsSpan(j + 1, nextSegment)))
                    || (CharClass.IsLower(next) && CharClass.IsLower(text[j - 1]) && nextSegment > 2))
                {
                    j = k;
                    segmentStart = j - nextSegment;
                    continue;
                }
            }

            break;
        }

        if (j < end && text[j] == '.' && !(j + 1 < end && text[j + 1] == '.') && KeepsPeriod(text, start, j, dotted))
        {
            return (j + 1, TokenKind.Abbreviation);
        }

        return (j, IsNumber(text.AsSpan(start, j - start)) ? TokenKind.Number : dotted ? TokenKind.Abbreviation : TokenKind.Word);
    }

    // Whether the period at 'period' belongs to the word [start, period).
    private bool KeepsPeriod(string text, int start, int period, bool dotted)
    {
        var length = period - start;
        if (dotted)
        {
            return true;
        }

        if (length == 1)
        {
            return CharClass.IsUpper(text[start]);
        }

        if (!_lexicon.TryGetAbbreviation(text.AsSpan(start, length + 1), out var kind))
        {
            return false;
        }

        return kind != AbbreviationClass.Numeric || NextNonSpaceIsDigit(text, period + 1);
    }

    private static bool NextNonSpaceIsDigit(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && CharClass.IsDigit(text[i]);
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || !CharClass.IsDigit(token[0]))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!CharClass.IsDigit(c) && c is not (',' or '.' or ':' or '/' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static (int End, TokenKind Kind) ScanPunctuation(string text, int i)
    {
        var c = text[i];
        var j = i + 1;
        if (c is '.' or '-')
        {
            // Runs: "...", "--".
            while (j < text.Length && text[j] == c)
            {
                j++;
            }
        }
        else if (c is '!' or '?')
        {
            while (j < text.Length && text[j] is '!' or '?')
            {
                j++;
            }
        }
        else if (char.IsHighSurrogate(c) && j < text.Length && char.IsLowSurrogate(text[j]))
        {
            return (j + 1, TokenKind.Symbol);
        }

        return (j, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }
}

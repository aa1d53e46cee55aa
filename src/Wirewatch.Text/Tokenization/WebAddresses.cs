namespace Wirewatch.Text.Tokenization;

/// <summary>Recognises URLs and e-mail addresses at a position, without the punctuation that ends a sentence.</summary>
internal static class WebAddresses
{
    public static bool TryUrl(string text, int i, out int end)
    {
        end = i;
        var rest = text.AsSpan(i);
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        end = TrimTrailing(text, i, RunEnd(text, i));
        return end > i + 4;
    }

    public static bool TryEmail(string text, int i, out int end)
    {
        end = i;
        var runEnd = RunEnd(text, i);
        var at = text.IndexOf('@', i, runEnd - i);
        if (at <= i || at + 1 >= runEnd || !CharClass.IsWordChar(text[at + 1]))
        {
            return false;
        }

        end = TrimTrailing(text, i, runEnd);
        return text.IndexOf('.', at, end - at) > at;
    }

    private static int RunEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '<' or '>'))
        {
            i++;
        }

        return i;
    }

    private static int TrimTrailing(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')' or ']' or '}')
        {
            if (text[end - 1] == ')' && text.AsSpan(start, end - start).Contains('('))
            {
                break;
            }

            end--;
        }

        return end;
    }
}

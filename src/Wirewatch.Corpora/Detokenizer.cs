using System.Text;
using Wirewatch.Core;

namespace Wirewatch.Corpora;

/// <summary>
/// Lays out the tokens of a corpus that kept no spacing as running text, with the spaces a reader expects:
/// none before closing punctuation and clitics ("Russia's", "said."), none after an opening bracket or quote.
/// </summary>
public static class Detokenizer
{
    public static (string Text, TextSpan[] Spans) Join(IReadOnlyList<string> words)
    {
        var text = new StringBuilder();
        var spans = new TextSpan[words.Count];
        var openQuote = false;
        string? previous = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && NeedsSpace(previous, word, openQuote))
            {
                text.Append(' ');
            }

            if (word == "\"")
            {
                openQuote = !openQuote;
            }

            spans[i] = new TextSpan(text.Length, text.Length + word.Length);
            text.Append(word);
            previous = word;
        }

        return (text.ToString(), spans);
    }

    /// <summary>Whether a space goes between <paramref name="previous"/> and <paramref name="word"/>.</summary>
    public static bool NeedsSpace(string? previous, string word, bool quoteOpen)
    {
        if (word is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "'s" or "'" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m")
        {
            return false;
        }

        if (word == "\"" && quoteOpen)
        {
            return false; // a closing quote
        }

        return previous is not ("(" or "[" or "$") && !(previous == "\"" && quoteOpen);
    }
}

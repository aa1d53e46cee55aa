using System.Text;
using Wirewatch.Core;

namespace Wirewatch.Corpora.Conllu;

/// <summary>
/// A CoNLL-U document laid out as running text, the way Wirewatch reads an article: tokens joined by a space
/// unless <c>SpaceAfter=No</c>, sentences of a paragraph by a space, paragraphs by a blank line. Gives the gold
/// sentence spans and the span of every syntactic word (a multiword token whose words do not spell it, such
/// as "won't" = "will" + "not", keeps one span for the whole token).
/// </summary>
public sealed class ConlluText
{
    private ConlluText(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> words, IReadOnlyList<ConlluWord> wordData)
    {
        Text = text;
        Sentences = sentences;
        Words = words;
        WordData = wordData;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Spans of the syntactic words, in order.</summary>
    public IReadOnlyList<TextSpan> Words { get; }

    /// <summary>The word each span of <see cref="Words"/> stands for (the last one, for an unsplittable multiword token).</summary>
    public IReadOnlyList<ConlluWord> WordData { get; }

    public static ConlluText Build(ConlluDocument document)
    {
        var text = new StringBuilder();
        var sentences = new List<TextSpan>();
        var words = new List<TextSpan>();
        var data = new List<ConlluWord>();
        var previousEndsInPunctuation = true;
        foreach (var sentence in document.Sentences)
        {
            if (text.Length > 0)
            {
                text.Append(sentence.StartsParagraph ? "\n\n" : previousEndsInPunctuation ? " " : "\n");
            }

            var start = text.Length;
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var token = sentence.Tokens[t];
                var tokenStart = text.Length;
                text.Append(token.Form);
                AddWords(token, tokenStart, words, data);
                if (token.SpaceAfter && t + 1 < sentence.Tokens.Count)
                {
                    text.Append(' ');
                }
            }

            sentences.Add(new TextSpan(start, text.Length));
            previousEndsInPunctuation = EndsInPunctuation(sentence);
        }

        return new ConlluText(text.ToString(), sentences, words, data);
    }

    private static bool EndsInPunctuation(ConlluSentence sentence)
    {
        foreach (var token in sentence.Tokens.Reverse())
        {
            if (token.Form is "\"" or "'" or ")" or "]" or "”" or "’")
            {
                continue;
            }

            return token.Form.Length > 0 && token.Form[^1] is '.' or '!' or '?' or '…';
        }

        return false;
    }

    private static void AddWords(ConlluToken token, int start, List<TextSpan> words, List<ConlluWord> data)
    {
        if (token.IsMultiword && string.Concat(token.Words.Select(w => w.Form)) == token.Form)
        {
            foreach (var word in token.Words)
            {
                words.Add(new TextSpan(start, start + word.Form.Length));
                data.Add(word);
                start += word.Form.Length;
            }

            return;
        }

        words.Add(new TextSpan(start, start + token.Form.Length));
        data.Add(token.Words[^1]);
    }
}

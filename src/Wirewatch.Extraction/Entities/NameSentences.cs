using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>Cuts an analysed document into the sentences the name tagger reads, with spans relative to each sentence.</summary>
public static class NameSentences
{
    /// <summary>
    /// One <see cref="NameSentence"/> per sentence and the index of its first token in the document. With
    /// <paramref name="labels"/> (one per document token) the sentences carry them, for training.
    /// </summary>
    public static IEnumerable<(NameSentence Sentence, int FirstToken)> Of(Document document, NameHintFlags[] hints, int[]? labels = null)
    {
        var tokens = document.Tokens;
        var parts = document.PartsOfSpeech;
        var t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Count && tokens[t].Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].End <= sentence.End)
            {
                t++;
            }

            var count = t - first;
            if (count == 0)
            {
                continue;
            }

            var spans = new TextSpan[count];
            var pos = new PartOfSpeech[count];
            var sentenceHints = new NameHintFlags[count];
            for (var i = 0; i < count; i++)
            {
                var token = tokens[first + i];
                spans[i] = new TextSpan(token.Start - sentence.Start, token.End - sentence.Start);
                pos[i] = parts[first + i];
                sentenceHints[i] = hints[first + i];
            }

            var text = document.FoldedText.Substring(sentence.Start, sentence.Length);
            yield return (new NameSentence(text, spans, pos, sentenceHints, labels?[first..t]), first);
        }
    }
}

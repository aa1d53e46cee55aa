using Wirewatch.Core;

namespace Wirewatch.Corpora.Conllu;

/// <summary>
/// A CoNLL-U document laid out as running text (<see cref="ConlluText"/>), with its words re-cut to Wirewatch's
/// token conventions and grouped by gold sentence: clitics stay split ("do" + "n't", "Russia" + "'s"), and a
/// hyphenated compound split by the treebank ("long", "-", "term") becomes one token that takes the tags of its
/// last part, usually its head in English.
/// </summary>
public sealed class ConlluTaggedText
{
    private ConlluTaggedText(ConlluText laidOut, IReadOnlyList<IReadOnlyList<TaggedSpan>> sentences)
    {
        LaidOut = laidOut;
        Sentences = sentences;
    }

    public ConlluText LaidOut { get; }

    public string Text => LaidOut.Text;

    /// <summary>The tokens of each gold sentence, in order.</summary>
    public IReadOnlyList<IReadOnlyList<TaggedSpan>> Sentences { get; }

    /// <summary>Every token, in order.</summary>
    public IEnumerable<TaggedSpan> Tokens => Sentences.SelectMany(s => s);

    public static ConlluTaggedText Build(ConlluDocument document)
    {
        var laidOut = ConlluText.Build(document);
        var joined = HyphenatedCompounds.Join(laidOut.Text, laidOut.Words);
        var sentences = new List<IReadOnlyList<TaggedSpan>>(laidOut.Sentences.Count);
        var word = 0;
        var token = 0;
        foreach (var sentence in laidOut.Sentences)
        {
            var tokens = new List<TaggedSpan>();
            while (token < joined.Count && joined[token].Start < sentence.End)
            {
                var span = joined[token];
                while (laidOut.Words[word].End < span.End)
                {
                    word++;
                }

                tokens.Add(new TaggedSpan(span, laidOut.WordData[word]));
                word++;
                token++;
            }

            if (tokens.Count > 0)
            {
                sentences.Add(tokens);
            }
        }

        return new ConlluTaggedText(laidOut, sentences);
    }
}

/// <summary>A token span of laid-out text with the treebank word whose tags it takes.</summary>
public readonly record struct TaggedSpan(TextSpan Span, ConlluWord Word);

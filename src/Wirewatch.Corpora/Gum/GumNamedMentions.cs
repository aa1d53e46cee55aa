using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;

namespace Wirewatch.Corpora.Gum;

/// <summary>
/// Derives named-entity spans from GUM's entity layer, which marks every referring mention (names, descriptions,
/// pronouns) with its full noun phrase. The named part of a person, organization or place mention is each
/// maximal run of proper nouns (NNP, NNPS) in it (joined by name connectors such as "of" and attached hyphens), leaving out
/// words of person, organization or place mentions nested inside it, which give their own names.
/// Title words before a person's name are left out, as OntoNotes does, and a title alone is no name. A nested
/// name after a connector stays part of the longer one ("University of NSW"). "Biologist Nick Bos" gives "Nick Bos"; "the University of Helsinki" gives "University of Helsinki" and,
/// from the nested mention, "Helsinki"... which, nested in a longer name, is then dropped: the scored layer is flat.
/// </summary>
public static class GumNamedMentions
{
    public static readonly IReadOnlySet<string> Classes = new HashSet<string>(StringComparer.Ordinal) { "person", "organization", "place" };

    public static List<NamedMention> Derive(ConlluText text, IReadOnlyList<GumMention> mentions, NameWords words)
    {
        var relevant = mentions.Where(m => Classes.Contains(m.Type)).ToList();
        var named = new List<NamedMention>();
        foreach (var mention in relevant)
        {
            var excluded = new bool[mention.EndWord - mention.StartWord];
            foreach (var inner in relevant)
            {
                // In an organisation's or place's name, a nested name after a connector is part of it ("University
                // of NSW"); elsewhere a nested name is a name of its own ("US President Barack Obama", "Eddie Chu of
                // the Democratic Party").
                var afterConnector = mention.Type != "person" && inner.StartWord > mention.StartWord
                    && words.Connectors.Contains(text.WordData[inner.StartWord - 1].Form);
                if (!ReferenceEquals(inner, mention) && inner.StartWord >= mention.StartWord && inner.EndWord <= mention.EndWord
                    && (inner.StartWord, inner.EndWord) != (mention.StartWord, mention.EndWord) && !afterConnector)
                {
                    for (var w = inner.StartWord; w < inner.EndWord; w++)
                    {
                        excluded[w - mention.StartWord] = true;
                    }
                }
            }

            foreach (var (run, last) in ProperNounRuns(text, mention, excluded, words.Connectors))
            {
                var first = run;
                while (mention.Type == "person" && first < last && words.IsTitleWord(text.WordData[first].Form))
                {
                    first++; // "President Barack Obama" names "Barack Obama"
                }

                if (Enumerable.Range(first, last - first + 1).All(w => words.IsTitleWord(text.WordData[w].Form)))
                {
                    continue; // a title alone ("the Director") is not a name
                }

                named.Add(new NamedMention(new TextSpan(text.Words[first].Start, text.Words[last].End), mention.Type));
            }
        }

        return Flatten(named);
    }

    private static IEnumerable<(int First, int Last)> ProperNounRuns(ConlluText text, GumMention mention, bool[] excluded, IReadOnlySet<string> connectors)
    {
        var w = mention.StartWord;
        while (w < mention.EndWord)
        {
            if (excluded[w - mention.StartWord] || !IsProperNoun(text, w))
            {
                w++;
                continue;
            }

            var first = w;
            var last = w;
            var next = w + 1;
            while (next < mention.EndWord && !excluded[next - mention.StartWord])
            {
                if (IsProperNoun(text, next))
                {
                    last = next;
                    next++;
                }
                else if (IsConnector(text, next, connectors) && next + 1 < mention.EndWord && !excluded[next + 1 - mention.StartWord] && IsProperNoun(text, next + 1))
                {
                    next++;
                }
                else
                {
                    break;
                }
            }

            yield return (first, last);
            w = last + 1;
        }
    }

    // The treebank tag (NNP, NNPS), not UPOS: UD tags name parts such as "Civic" in "Civic Party" ADJ.
    private static bool IsProperNoun(ConlluText text, int w) => text.WordData[w].XPos is "NNP" or "NNPS" || text.WordData[w].UPos == "PROPN";

    private static bool IsConnector(ConlluText text, int w, IReadOnlySet<string> connectors)
    {
        var form = text.WordData[w].Form;
        if (form == "-")
        {
            return text.Words[w].Start == text.Words[w - 1].End && text.Words[w + 1].Start == text.Words[w].End;
        }

        return connectors.Contains(form);
    }

    // Keeps the outermost of nested or overlapping names, and one of each span.
    private static List<NamedMention> Flatten(List<NamedMention> named)
    {
        named.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var flat = new List<NamedMention>();
        foreach (var mention in named)
        {
            if (flat.Count > 0 && mention.Span.Start < flat[^1].Span.End)
            {
                continue;
            }

            flat.Add(mention);
        }

        return flat;
    }
}

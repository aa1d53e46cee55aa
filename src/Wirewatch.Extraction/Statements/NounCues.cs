using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// A noun of saying or of a stance taken in words ("his criticism of the plan", "the claim that ...", "complaints from
/// farmers that ..."), as PARC and PolNeAR mark them: the speaker is the possessive before the noun, or the noun phrase
/// after "from" or "by" that follows it, or no one named; what is said is the clause with "that" after it or the noun
/// phrase after its preposition (then only with a speaker named). A noun with neither is no statement ("the criticism grew").
/// </summary>
internal static class NounCues
{
    public static StatementDraft? Build(ArticleView view, WordSets words, StatementDraft draft, int first, int last)
    {
        var cue = draft.Cue with { First = draft.Cue.HeadFirst };
        draft.Cue = cue;
        draft.Source = Possessor(view, words, cue.First, first);
        var p = cue.End;
        if (p + 1 < last && words.NounCueAgents.Contains(view.Words[p]) && draft.Source is null)
        {
            var end = NounPhrases.Right(view, p + 1, last);
            if (end > p + 1)
            {
                draft.Source = (p + 1, end);
                p = end;
                while (p < last && view.Words[p] == ",")
                {
                    p++;
                }
            }
        }

        if (p >= last)
        {
            return null;
        }

        if (words.Complements.Contains(view.Words[p]) && view.Tags[p] is PartOfSpeech.SConj or PartOfSpeech.Pron or PartOfSpeech.Det && p + 1 < last
            && view.Tags[p + 1] is not (PartOfSpeech.Verb or PartOfSpeech.Aux))
        {
            // "the claim that the vote was rigged".
            draft.Content.Add((p, last));
            return draft;
        }

        if (draft.Source is null)
        {
            // "criticism of Nafta", "questions about the plan": with no one named, a noun with a phrase after it is as often
            // the writer's own word for a topic as a stance someone took.
            return null;
        }

        var prepositionInCue = cue.End - cue.HeadFirst > 1;
        var objectFirst = prepositionInCue ? p : words.NounCuePrepositions.Contains(view.Words[p]) ? p + 1 : -1;
        if (objectFirst < 0 || objectFirst >= last)
        {
            return null;
        }

        var objectEnd = NounPhrases.Right(view, objectFirst, last);
        if (objectEnd <= objectFirst)
        {
            return null;
        }

        draft.Content.Add((p, objectEnd));
        return draft;
    }

    /// <summary>"his", "Mr. Trump's", "the party's": the possessor before the noun (adjectives may come between, "his
    /// sharpest criticism").</summary>
    private static (int First, int End)? Possessor(ArticleView view, WordSets words, int noun, int first)
    {
        var i = noun - 1;
        while (i > first && view.Tags[i] == PartOfSpeech.Adj && view.Tokens[i].Kind == TokenKind.Word)
        {
            i--;
        }

        if (i < first)
        {
            return null;
        }

        if (words.Possessives.Contains(view.Words[i]))
        {
            return (i, i + 1);
        }

        if (view.Words[i] is "'s" or "'" && i > first)
        {
            var start = NounPhrases.Left(view, i, first);
            return start >= 0 && start < i ? (start, i + 1) : null;
        }

        return null;
    }
}

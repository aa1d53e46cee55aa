using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>Finds the cues of a sentence: forms of the lexicon's verbs and phrases, with the auxiliaries and adverbs
/// before them ("has said", "also accused").</summary>
internal static class CueFinder
{
    public static List<CueMatch> Find(ArticleView view, StatementLexicon lexicon, int first, int end)
    {
        var found = new List<CueMatch>();
        for (var i = first; i < end; i++)
        {
            if (!lexicon.CuesByFirstWord.TryGetValue(view.Words[i], out var entries))
            {
                if (!OpensClause(view, i, end))
                {
                    continue;
                }

                entries = [new CueEntry(view.Words[i], [view.Words[i]], false, StatementKind.Assertion, CueClass.Speech, CueObject.None)];
            }

            foreach (var entry in entries)
            {
                if (!Matches(view, entry, i, end))
                {
                    continue;
                }

                var cueFirst = i;
                while (cueFirst > first && (view.Tags[cueFirst - 1] is PartOfSpeech.Aux or PartOfSpeech.Adv || WordSets.Default.Auxiliaries.Contains(view.Words[cueFirst - 1])) && view.Tokens[cueFirst - 1].Kind is TokenKind.Word or TokenKind.Clitic && !IsClauseAdverb(view, cueFirst - 1, first) && !WordSets.Default.Subordinators.Contains(view.Words[cueFirst - 1]))
                {
                    cueFirst--;
                }

                if (entry.Class == CueClass.Hedge && entry.AnyPartOfSpeech && i + 1 < end && lexicon.CuesByFirstWord.TryGetValue(view.Words[i + 1], out var next) && next.Any(n => Matches(view, n, i + 1, end)))
                {
                    // "Trump reportedly said": the adverb joins the verb's cue.
                    break;
                }

                if (entry.Class == CueClass.Hedge && InnerCue(view, lexicon, i + entry.Words.Count, end) is { } inner)
                {
                    // "Cruz seemed to blame the network", "she appeared to imply that ...": the hedge joins the cue verb
                    // after it, whose subject is its speaker.
                    found.Add(new CueMatch(cueFirst, i, inner.End, inner.Entry));
                    i = inner.End - 1;
                    break;
                }

                found.Add(new CueMatch(cueFirst, i, i + entry.Words.Count, entry));
                i += entry.Words.Count - 1;
                break;
            }
        }

        return found;
    }

    /// <summary>"to" and a cue verb of saying or thinking in its base form after <paramref name="i"/> ("seemed to confirm").</summary>
    private static (int End, CueEntry Entry)? InnerCue(ArticleView view, StatementLexicon lexicon, int i, int end)
    {
        if (i + 1 >= end || view.Words[i] != "to" || !lexicon.CuesByFirstWord.TryGetValue(view.Words[i + 1], out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Class is CueClass.Speech or CueClass.State && Matches(view, entry, i + 1, end))
            {
                return (i + 1 + entry.Words.Count, entry);
            }
        }

        return null;
    }

    private static bool Matches(ArticleView view, CueEntry entry, int i, int end)
    {
        if (i + entry.Words.Count > end)
        {
            return false;
        }

        for (var k = 1; k < entry.Words.Count; k++)
        {
            if (view.Words[i + k] != entry.Words[k])
            {
                return false;
            }
        }

        // "the alleged attack", "a planned terror attack", "270 pledged delegates": a participle used as an adjective is no cue.
        if (entry.Class == CueClass.Noun)
        {
            return view.Tags[i] == PartOfSpeech.Noun;
        }

        return entry.AnyPartOfSpeech || view.Tags[i] == PartOfSpeech.Verb && !(i > 0 && (view.Tags[i - 1] is PartOfSpeech.Det or PartOfSpeech.Adj || view.Tags[i - 1] == PartOfSpeech.Num && char.IsDigit(view.Words[i - 1][^1]) && i + 1 < view.Words.Length && view.Tags[i + 1] == PartOfSpeech.Noun))
            || IsVerbTaggedNoun(view, i, end);
    }

    /// <summary>
    /// "a new poll shows Sanders leading", "the candidate plans to return", "most senators support the plan": a verb that
    /// the tagger read as a noun, after a noun that agrees with it as its subject (singular before -s, plural before the
    /// base form) and before what opens a complement ("to", "that", a name, a pronoun, a
    /// determiner, a number).
    /// </summary>
    private static bool IsVerbTaggedNoun(ArticleView view, int i, int end)
    {
        var word = view.Words[i];
        if (view.Tags[i] != PartOfSpeech.Noun || i == 0 || i + 1 >= end)
        {
            return false;
        }

        var before = view.Words[i - 1];
        var singular = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
        var subject = view.Tokens[i - 1].Kind == TokenKind.Word && (singular
            ? view.Tags[i - 1] is PartOfSpeech.Noun or PartOfSpeech.PropN && !before.EndsWith('s')
            : view.Tags[i - 1] == PartOfSpeech.Noun && before.EndsWith('s') && !before.EndsWith("ss", StringComparison.Ordinal)
                || view.Tags[i - 1] == PartOfSpeech.Num && !WordSets.Default.Singulars.Contains(before));
        var next = view.Words[i + 1];
        return subject && (next == "to" || WordSets.Default.Complements.Contains(next) || view.Tags[i + 1] is PartOfSpeech.Det or PartOfSpeech.PropN or PartOfSpeech.Pron or PartOfSpeech.Num
            || view.Tags[i + 1] == PartOfSpeech.Verb && next.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Sanders conceded that ...", "aides fretted that ...": a verb outside the lexicon is a cue when a clause with
    /// "that" and its own subject follows it.
    /// </summary>
    private static bool OpensClause(ArticleView view, int i, int end)
        => i + 3 < end
            && view.Tags[i] == PartOfSpeech.Verb
            && WordSets.Default.Complements.Contains(view.Words[i + 1])
            && view.Tags[i + 2] is PartOfSpeech.Pron or PartOfSpeech.Det or PartOfSpeech.PropN or PartOfSpeech.Noun;

    /// <summary>An adverb that opens the clause ("Meanwhile said" never happens; "Earlier, ..." is not part of a cue).</summary>
    private static bool IsClauseAdverb(ArticleView view, int i, int first)
        => i == first || view.Words[i - 1] is "," or ";" or ":";
}

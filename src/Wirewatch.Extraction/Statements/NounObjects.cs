using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// "claiming victory", "seeking help from other doctors", "offered a deal": a cue verb that reports only with a clause
/// after it ("claimed that ...", "seeking to ...") is an act, not a statement, when a noun phrase alone is its object.
/// </summary>
internal static class NounObjects
{
    /// <summary>True when the cue's lemma is clause-only and a plain noun phrase follows it that opens no clause.</summary>
    public static bool IsNounObjectAct(ArticleView view, CueMatch cue, int last)
    {
        var entry = cue.Entry;
        if (entry.Words.Count != 1 || entry.Object != CueObject.None || entry.Class is not (CueClass.Speech or CueClass.State)
            || !WordSets.Default.ClauseOnly.Contains(entry.Lemma) || cue.End >= last)
        {
            return false;
        }

        var next = view.Words[cue.End];
        if (WordSets.Default.Complements.Contains(next) || WordSets.Default.Questions.Contains(next) || view.Tags[cue.End] == PartOfSpeech.Pron)
        {
            return false;
        }

        var end = NounPhrases.Right(view, cue.End, last);
        if (end < 0)
        {
            return false;
        }

        // "saying the report will ...", "shows Sanders leading": a verb after the noun phrase makes it a clause's subject.
        return end >= last || view.Tags[end] is not (PartOfSpeech.Verb or PartOfSpeech.Aux);
    }
}

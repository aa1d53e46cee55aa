using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;

namespace Wirewatch.Evaluation.Text;

/// <summary>
/// Maps tokenisation conventions that differ between Wirewatch and the Universal Dependencies treebanks, so that
/// they are not counted as errors. UD splits most hyphenated compounds ("long", "-", "term"); Wirewatch keeps
/// them whole. Both sides are mapped the same way: a run of spans joined by attached hyphens becomes one span.
/// </summary>
public static class TokenConventions
{
    public static List<TextSpan> JoinHyphenated(string text, IReadOnlyList<TextSpan> spans) => HyphenatedCompounds.Join(text, spans);
}

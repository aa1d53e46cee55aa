using Wirewatch.Core;

namespace Wirewatch.Learning.Names;

/// <summary>
/// One sentence as the name tagger sees it: the folded text, its tokens, their parts of speech and hints, and,
/// for training, the gold labels.
/// </summary>
public sealed record NameSentence(string Text, TextSpan[] Tokens, PartOfSpeech[] PartsOfSpeech, NameHintFlags[] Hints, int[]? Labels = null)
{
    public ReadOnlySpan<char> Form(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);
}

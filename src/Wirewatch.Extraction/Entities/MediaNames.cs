using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// In a properly cased article, a newspaper named after its place: a run of capitalised words that begins with a
/// place the gazetteer knows and ends in a newspaper's head word (<c>entities/media-heads.txt</c>), with no capitalised
/// word after it, is the paper, an organisation ("Sydney Morning Herald", "New York Times", "Washington Post"), not
/// the place ("Sydney") with words left over. "Times Square" goes on with a capital and is left alone.
/// </summary>
internal static class MediaNames
{
    private const int MaxWordsBeforeHead = 4;

    public static void Apply(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        for (var head = 1; head < tokens.Count; head++)
        {
            if (!IsCapitalised(text, tokens[head]) || !lexicon.IsMediaHead(Word(text, tokens[head]))
                || (head + 1 < tokens.Count && IsCapitalised(text, tokens[head + 1])))
            {
                continue;
            }

            // Leftwards to the first capitalised word that begins a place.
            var found = -1;
            for (var t = head - 1; t >= 0 && head - t <= MaxWordsBeforeHead && IsCapitalised(text, tokens[t]) && !lexicon.IsDeterminer(Word(text, tokens[t])); t--)
            {
                if ((hints[t] & NameHintFlags.PlaceBegin) != 0)
                {
                    found = t;
                }
            }

            if (found < 0)
            {
                continue;
            }

            NameRules.CutAround(names, found, head + 1);
            names.Add((found, head + 1, EntityType.Org));
        }
    }

    private static bool IsCapitalised(string text, Token token) => char.IsUpper(text[token.Start]);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);
}

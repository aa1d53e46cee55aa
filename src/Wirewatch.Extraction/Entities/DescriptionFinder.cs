using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Finds people named by a description: "the" + qualifiers + a role noun ("the Kremlin spokesman", "the
/// capital's military chief", "the president's spokesperson"). A role noun followed by "'s" is a possessor
/// ("the president's"): it is a description too, and the search goes on to the noun it qualifies.
/// </summary>
internal sealed class DescriptionFinder
{
    private const int MaxQualifiers = 5;

    private readonly EntityLexicon _lexicon;

    public DescriptionFinder(EntityLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public IEnumerable<(TextSpan Span, string Class)> Find(TokenView tokens, Func<int, EntityType?> nameTypeAt)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_lexicon.IsDeterminer(tokens.WordSpan(i)))
            {
                continue;
            }

            var qualifiers = 0;
            for (var k = i + 1; k < tokens.Count && qualifiers <= MaxQualifiers && tokens.SentenceOf(k) == tokens.SentenceOf(i); k++)
            {
                var roleClass = nameTypeAt(k) is null ? _lexicon.RoleClass(tokens.WordSpan(k)) : null;
                if (roleClass is not null && IsNounHere(tokens, k))
                {
                    var possessor = k + 1 < tokens.Count && tokens.WordSpan(k + 1) is "'s";
                    var beforeName = k + 1 < tokens.Count && nameTypeAt(k + 1) == EntityType.Person;
                    if (!beforeName)
                    {
                        yield return (new TextSpan(tokens.Tokens[i].Start, tokens.Tokens[k].End), roleClass);
                    }

                    if (!possessor)
                    {
                        break;
                    }

                    k++; // past "'s": "the president's spokesperson" goes on
                    qualifiers++;
                    continue;
                }

                if (!IsQualifier(tokens, k, nameTypeAt))
                {
                    break;
                }

                qualifiers++;
            }
        }
    }

    private static bool IsNounHere(TokenView tokens, int k)
        => tokens.PartOfSpeechOf(k) is null or PartOfSpeech.Noun or PartOfSpeech.PropN;

    // Words that may stand between "the" and the role noun: adjectives, names, possessives, hyphenated words.
    private static bool IsQualifier(TokenView tokens, int k, Func<int, EntityType?> nameTypeAt)
    {
        var word = tokens.WordSpan(k);
        if (word is "'s" || nameTypeAt(k) is not null)
        {
            return true;
        }

        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return false;
        }

        return tokens.PartOfSpeechOf(k) switch
        {
            PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.PropN => true,
            null => !char.IsUpper(word[0]) || tokens.IsCapitalised(k),
            _ => false,
        };
    }
}

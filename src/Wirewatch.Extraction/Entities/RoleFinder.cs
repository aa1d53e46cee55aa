using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Finds the roles the article gives a person: the title before the name ("Kremlin spokesman Dmitry Peskov",
/// "Russian Foreign Minister Sergey Lavrov") and the apposition after it ("John Kirby, the strategic
/// communications coordinator for the US National Security Council,").
/// </summary>
internal sealed class RoleFinder
{
    private const int MaxAppositionWords = 20;

    private readonly EntityLexicon _lexicon;

    public RoleFinder(EntityLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <summary>The role written before a name starting at token <paramref name="first"/>, or null.</summary>
    public (TextSpan Span, string? Class)? Before(TokenView tokens, int first, Func<int, EntityType?> nameTypeAt)
    {
        var j = first - 1;
        string? roleClass = null;
        var hasRole = false;
        while (j >= 0 && tokens.SentenceOf(j) == tokens.SentenceOf(first))
        {
            var word = tokens.WordSpan(j);
            if (_lexicon.IsTitleWord(word))
            {
                roleClass ??= _lexicon.RoleClass(word);
                hasRole |= IsOffice(word);
            }
            else if (nameTypeAt(j) is { } type && type != EntityType.Person || word is "'s" && j > 0 && nameTypeAt(j - 1) is not null
                     || (tokens.IsCapitalised(j) && _lexicon.IsTitleWord(tokens.WordSpan(j + 1))))
            {
                // "Kremlin", "Russian", "Ukraine's" qualify the office
            }
            else
            {
                break;
            }

            j--;
        }

        // The role starts at its first office word or qualifier and must hold an office, not just "Mr.".
        var start = j + 1;
        while (start < first && tokens.WordSpan(start) is "'s")
        {
            start++;
        }

        return hasRole && start < first ? (new TextSpan(tokens.Tokens[start].Start, tokens.Tokens[first - 1].End), roleClass) : null;
    }

    /// <summary>The apposition after a name ending before token <paramref name="end"/>: ", the X of Y,".</summary>
    public (TextSpan Span, string? Class)? After(TokenView tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens.WordSpan(end) is not "," || tokens.SentenceOf(end) != tokens.SentenceOf(end - 1))
        {
            return null;
        }

        var start = end + 1;
        var article = IsArticle(tokens.WordSpan(start));
        if (article)
        {
            start++;
        }

        var k = start;
        string? roleClass = null;
        while (k < tokens.Count && k - start < MaxAppositionWords && tokens.SentenceOf(k) == tokens.SentenceOf(end)
               && tokens.WordSpan(k) is not ("," or "." or ";" or ":" or "(" or ")" or "!" or "?"))
        {
            if (roleClass is null && k - start < 6)
            {
                roleClass = _lexicon.RoleClass(tokens.WordSpan(k));
            }

            k++;
        }

        if (roleClass is null || k == start || (!article && !_lexicon.IsTitleWord(tokens.WordSpan(start))))
        {
            return null;
        }

        return (new TextSpan(tokens.Tokens[start].Start, tokens.Tokens[k - 1].End), roleClass);
    }

    // An office, not an honorific: "President", "spokesman", "Deputy", but not "Mr." or "Dr.".
    private bool IsOffice(ReadOnlySpan<char> word) => _lexicon.RoleClass(word) is not null || (!word.EndsWith('.') && word.Length > 3);

    private static bool IsArticle(ReadOnlySpan<char> word)
        => word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
}

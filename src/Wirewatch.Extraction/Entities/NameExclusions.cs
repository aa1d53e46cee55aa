using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Capitalised words that look like names and are none of the kinds tracked: a title written after a person's name
/// ("Tom Molomby, SC", "Jane Roe QC"; <c>entities/post-nominal-titles.txt</c>), and a field of study ("Social
/// Science", "Clinical Medicine"; <c>entities/academic-fields.txt</c>) taken for an organisation, unless an
/// organisation's head word or a connector shows one ("Department of Social Science", "Academy of Sciences").
/// </summary>
internal static class NameExclusions
{
    public static void Apply(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var personEnds = new HashSet<int>();
        foreach (var (first, end, type) in names)
        {
            if (type == EntityType.Person && end - first >= 2)
            {
                personEnds.Add(end);
            }
        }

        for (var i = names.Count - 1; i >= 0; i--)
        {
            var (first, end, type) = names[i];
            if (end - first == 1 && lexicon.IsPostNominalTitle(Word(text, tokens[first]))
                && (personEnds.Contains(first) || (first > 0 && Word(text, tokens[first - 1]) is "," && personEnds.Contains(first - 1))))
            {
                names.RemoveAt(i);
            }
            else if (type == EntityType.Org && lexicon.IsAcademicField(Word(text, tokens[end - 1])) && !HasOrganisationWord(text, tokens, hints, lexicon, first, end))
            {
                names.RemoveAt(i);
            }
        }
    }

    private static bool HasOrganisationWord(string text, IReadOnlyList<Token> tokens, NameHintFlags[] hints, EntityLexicon lexicon, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if ((hints[t] & (NameHintFlags.OrganisationHead | NameHintFlags.FacilityHead)) != 0 || lexicon.IsOrganisationConnector(Word(text, tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);
}

using Wirewatch.Core;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Computes the hints the name tagger reads for every token of a document: place names and nationality words
/// from the gazetteer, title words, organisation and facility head words from the word lists.
/// </summary>
public sealed class NameHints
{
    private readonly Gazetteer _gazetteer;
    private readonly EntityLexicon _lexicon;

    public NameHints(Gazetteer gazetteer, EntityLexicon lexicon)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
    }

    public NameHintFlags[] For(Document document) => For(document, out _);

    /// <summary>The hints of every token, and the gazetteer's matches they came from.</summary>
    public NameHintFlags[] For(Document document, out GazetteerMatches matches)
    {
        var tokens = document.Tokens;
        var text = document.FoldedText;
        var hints = new NameHintFlags[tokens.Count];
        matches = _gazetteer.FindAll(document);
        foreach (var place in matches.Places)
        {
            var kinds = NameHintFlags.None;
            foreach (var candidate in place.Candidates)
            {
                kinds |= candidate.Kind switch
                {
                    PlaceKind.Country => NameHintFlags.Country,
                    PlaceKind.Region => NameHintFlags.Region,
                    _ => NameHintFlags.City,
                };
            }

            for (var t = place.FirstToken; t < place.EndToken && t < hints.Length; t++)
            {
                hints[t] |= kinds | (t == place.FirstToken ? NameHintFlags.PlaceBegin : NameHintFlags.PlaceInside);
            }
        }

        foreach (var demonym in matches.Demonyms)
        {
            for (var t = demonym.FirstToken; t < demonym.EndToken && t < hints.Length; t++)
            {
                hints[t] |= NameHintFlags.Demonym;
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var roles = _lexicon.RolesOf(text.AsSpan(tokens[t].Start, tokens[t].Span.Length));
            if ((roles & WordRoles.Title) != 0)
            {
                hints[t] |= NameHintFlags.Title;
            }

            if ((roles & WordRoles.OrganisationHead) != 0)
            {
                hints[t] |= NameHintFlags.OrganisationHead;
            }

            if ((roles & WordRoles.FacilityHead) != 0)
            {
                hints[t] |= NameHintFlags.FacilityHead;
            }
        }

        return hints;
    }
}

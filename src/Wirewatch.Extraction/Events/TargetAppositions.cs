using Wirewatch.Core;
using Wirewatch.Extraction.Entities;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// "Ricardo Alfonso Castellar, mayor of Achi, was found dead": a description set off by a comma right after a person's
/// name is that person again, not a second victim. A target is left out when it follows a target naming a person with
/// only a comma between, names no person itself, and holds a singular noun of a role or office ("mayor", "secretary";
/// <c>data/entities/role-nouns.tsv</c>). Items of a list of people ("X, Y and Z"; "X, police officers and a child")
/// are kept: each names a person, or its role noun is plural.
/// </summary>
internal static class TargetAppositions
{
    public static List<TextSpan> Drop(Document document, List<TextSpan> targets, EntityLexicon lexicon)
    {
        if (targets.Count < 2)
        {
            return targets;
        }

        var kept = new List<TextSpan>(targets.Count);
        foreach (var target in targets)
        {
            if (kept.Count > 0 && IsApposition(document, kept[^1], target, lexicon))
            {
                continue;
            }

            kept.Add(target);
        }

        return kept;
    }

    private static bool IsApposition(Document document, TextSpan name, TextSpan description, EntityLexicon lexicon)
    {
        if (description.Start <= name.End || !OnlyComma(document.Text.AsSpan(name.End, description.Start - name.End)))
        {
            return false;
        }

        if (!NamesPerson(document, name) || NamesPerson(document, description))
        {
            return false;
        }

        var tokens = document.Tokens;
        for (var i = TokenSearch.FirstStartingAtOrAfter(tokens, description.Start); i < tokens.Count && tokens[i].End <= description.End; i++)
        {
            var word = tokens[i].Span.Slice(document.FoldedText);
            if (!word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && lexicon.RoleClass(word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyComma(ReadOnlySpan<char> between)
        => between.Trim() is [','];

    private static bool NamesPerson(Document document, TextSpan span)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Kind == MentionKind.Name && mention.Span.Overlaps(span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

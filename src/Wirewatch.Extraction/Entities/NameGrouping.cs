using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Decides which entity a name belongs to: the same canonical name ("US" and "United States", "Kiev" and
/// "Kyiv"); for people, the same surname with a compatible first name ("Dmitry Peskov", "Peskov",
/// "Mr. Peskov"; "Sergei" and "Sergey"); for organisations, an acronym of the full name ("IAEA") or its head
/// word alone ("the Inspectorate").
/// </summary>
internal static class NameGrouping
{
    public static EntityDraft? Find(IReadOnlyList<EntityDraft> drafts, EntityType type, string key, EntityLexicon lexicon)
    {
        EntityDraft? best = null;
        var words = EntityNameKey.Words(key);
        foreach (var draft in drafts)
        {
            if (Matches(draft, type, key, words, lexicon) && (best is null || draft.LastMentionStart > best.LastMentionStart))
            {
                best = draft;
            }
        }

        return best;
    }

    private static bool Matches(EntityDraft draft, EntityType type, string key, string[] words, EntityLexicon lexicon)
    {
        if (type == EntityType.Norp || draft.Type == EntityType.Norp)
        {
            return type == draft.Type && draft.Keys.Contains(key);
        }

        if (draft.Keys.Contains(key))
        {
            return true;
        }

        return draft.Type switch
        {
            EntityType.Person when type == EntityType.Person => SamePerson(draft.NameWords, words),
            EntityType.Org when type is EntityType.Org or EntityType.Fac => IsAcronymOf(key, draft.NameWords, lexicon) || (words.Length >= 2 && IsAcronymOf(string.Concat(draft.NameWords), words, lexicon))
                || (words.Length == 1 && draft.NameWords.Length > 1 && draft.NameWords[^1] == words[0]),
            _ => false,
        };
    }

    private static bool SamePerson(string[] known, string[] mention)
    {
        if (known.Length == 0 || mention.Length == 0 || known[^1] != mention[^1])
        {
            return false;
        }

        if (mention.Length == 1 || known.Length == 1)
        {
            return true;
        }

        return PersonNames.SimilarFirstName(known[0], mention[0]);
    }

    private static bool IsAcronymOf(string acronym, string[] words, EntityLexicon lexicon)
    {
        if (acronym.Length is < 2 or > 8 || words.Length < 2 || acronym.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var initials = string.Concat(words.Where(w => !lexicon.IsNameConnector(w)).Select(w => w[0]));
        return initials == acronym;
    }
}

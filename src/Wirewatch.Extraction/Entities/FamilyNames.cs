using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// A family named by the plural of a surname: "the Sams" where the article names "Thomas Sam" and "Manju Sam", "the
/// Kennedys" where it names "John Kennedy", is a person's name (a group of people), whatever the tagger took it for or
/// whether it found it. The surname must follow a known first name or be shared by two people named in full, so a
/// thing named after a person ("Warhol Polaroid" taken for a name) does not make "the Polaroids" a family.
/// </summary>
internal static class FamilyNames
{
    public static void Apply(Document document, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        // Surnames of people named in full: after a known first name, or shared by two people ("Thomas Sam", "Manju Sam").
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstNameOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (first, end, type) in names)
        {
            if (type != EntityType.Person || end - first < 2 || tokens[end - 1].Span.Length < 2)
            {
                continue;
            }

            var surname = tokens[end - 1].Span.Slice(text);
            var firstName = tokens[first].Span.Slice(text);
            if (lexicon.IsFirstName(firstName) || (firstNameOf.TryGetValue(surname, out var other) && !other.Equals(firstName, StringComparison.OrdinalIgnoreCase)))
            {
                surnames.Add(surname);
            }

            firstNameOf.TryAdd(surname, firstName);
        }

        if (surnames.Count == 0)
        {
            return;
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        for (var i = 0; i < names.Count; i++)
        {
            owner.AsSpan(names[i].First, names[i].End - names[i].First).Fill(i);
        }

        for (var t = 1; t < tokens.Count; t++)
        {
            var word = text.AsSpan(tokens[t].Start, tokens[t].Span.Length);
            if (word.Length < 3 || word[^1] != 's' || !lookup.Contains(word[..^1])
                || !text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Span.Length).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var i = owner[t];
            if (i < 0)
            {
                names.Add((t, t + 1, EntityType.Person));
            }
            else if (names[i].First == t && names[i].End == t + 1)
            {
                names[i] = (t, t + 1, EntityType.Person);
            }
        }
    }
}

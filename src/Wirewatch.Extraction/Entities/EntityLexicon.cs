using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// The word lists who-is-who reads from <c>data/entities/</c>: title words, role nouns and their classes,
/// person pronouns, description openers, locative prepositions, seats of government and name aliases.
/// </summary>
public sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(Load);

    private readonly HashSet<string> _titleWords;
    private readonly Dictionary<string, string> _roleClasses;
    private readonly HashSet<string> _personPronouns;
    private readonly HashSet<string> _determiners;
    private readonly HashSet<string> _locatives;
    private readonly Dictionary<string, string> _seatsOfGovernment;
    private readonly Dictionary<string, string> _aliases;
    private readonly HashSet<string> _connectors;
    private readonly HashSet<string> _organisationHeads;
    private readonly HashSet<string> _facilityHeads;
    private readonly HashSet<string> _organisationConnectors;

    public EntityLexicon(
        IEnumerable<string> titleWords,
        IEnumerable<(string Noun, string Class)> roleNouns,
        IEnumerable<string> personPronouns,
        IEnumerable<string> determiners,
        IEnumerable<string> locatives,
        IEnumerable<(string Name, string Country)> seatsOfGovernment,
        IEnumerable<(string Name, string Canonical)> aliases,
        IEnumerable<string> nameConnectors,
        IEnumerable<string> organisationHeads,
        IEnumerable<string> facilityHeads,
        IEnumerable<string> organisationConnectors)
    {
        _organisationConnectors = organisationConnectors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _organisationHeads = organisationHeads.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _facilityHeads = facilityHeads.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _connectors = nameConnectors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _titleWords = titleWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _roleClasses = roleNouns.ToDictionary(r => r.Noun, r => r.Class, StringComparer.OrdinalIgnoreCase);
        _personPronouns = personPronouns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _determiners = determiners.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _locatives = locatives.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _seatsOfGovernment = seatsOfGovernment.ToDictionary(s => EntityNameKey.Of(s.Name), s => s.Country, StringComparer.Ordinal);
        _aliases = aliases.ToDictionary(a => EntityNameKey.Of(a.Name), a => EntityNameKey.Of(a.Canonical), StringComparer.Ordinal);
    }

    public static EntityLexicon Default => Shared.Value;

    /// <summary>A word of a title or office that may stand before a name ("President", "Mr.", "Deputy").</summary>
    public bool IsTitleWord(string word) => _titleWords.Contains(word) || _roleClasses.ContainsKey(word);

    /// <summary>The class of a role noun ("spokesman" and "spokesperson" share one), or null.</summary>
    public string? RoleClass(string word) => _roleClasses.GetValueOrDefault(word) ?? (word.EndsWith('s') ? _roleClasses.GetValueOrDefault(word[..^1]) : null);

    /// <summary>A lower-case word that joins the parts of one name ("of", "and", "de"): not an initial of an acronym.</summary>
    public bool IsNameConnector(string word) => _connectors.Contains(word);

    /// <summary>A word that ends organisation names ("Ministry", "Inspectorate").</summary>
    public bool IsOrganisationHead(string word) => _organisationHeads.Contains(word);

    /// <summary>A lower-case word inside an organisation's name after its head ("of" in "Ministry of Defence").</summary>
    public bool IsOrganisationConnector(string word) => _organisationConnectors.Contains(word);

    /// <summary>A word that ends facility names ("Airport", "Square").</summary>
    public bool IsFacilityHead(string word) => _facilityHeads.Contains(word);

    public bool IsPersonPronoun(string word) => _personPronouns.Contains(word);

    public bool IsDeterminer(string word) => _determiners.Contains(word);

    public bool IsLocativePreposition(string word) => _locatives.Contains(word);

    /// <summary>The name of the country whose government a seat of government stands for ("kremlin" → "Russia").</summary>
    public string? SeatOfGovernment(string key) => _seatsOfGovernment.GetValueOrDefault(key);

    /// <summary>The canonical key of a name with another spelling ("us" → "united states"), else the key itself.</summary>
    public string Canonical(string key) => _aliases.GetValueOrDefault(key, key);

    public static EntityLexicon Load() => new(
        DataFiles.ReadList("entities/title-words.txt"),
        DataFiles.ReadList("entities/role-nouns.tsv").Select(Pair),
        DataFiles.ReadList("entities/pronouns.tsv").Select(l => Pair(l).Item1),
        DataFiles.ReadList("entities/determiners.txt"),
        DataFiles.ReadList("entities/locative-prepositions.txt"),
        DataFiles.ReadList("entities/seats-of-government.tsv").Select(Pair),
        DataFiles.ReadList("entities/name-aliases.tsv").Select(Pair),
        DataFiles.ReadList("entities/name-connectors.txt"),
        DataFiles.ReadList("entities/organisation-heads.txt"),
        DataFiles.ReadList("entities/facility-heads.txt"),
        DataFiles.ReadList("entities/organisation-connectors.txt"));

    private static (string, string) Pair(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? (line, line) : (line[..tab].Trim(), line[(tab + 1)..].Trim());
    }
}

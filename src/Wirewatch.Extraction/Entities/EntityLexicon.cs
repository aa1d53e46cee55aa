using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// The word lists who-is-who reads from <c>data/entities/</c>: title words, role nouns and their classes,
/// person pronouns, description openers, locative prepositions, seats of government, name aliases, the head
/// words of organisations' and facilities' names, companies' legal suffixes and the words that show a name
/// is an organisation's, first names, ordinary English words, nouns of kinship, and (from data/time) the names of months and weekdays.
/// </summary>
public sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(Load);

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _roleClasses;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _personPronouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _locatives;
    private readonly Dictionary<string, string> _seatsOfGovernment;
    private readonly Dictionary<string, string> _aliases;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationConnectors;
    private readonly Dictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationCuesBefore;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationCuesAfter;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _calendarWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _kinNouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _postNominalTitles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _mediaHeads;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _academicFields;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _personCuesBefore;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _personCuesAfter;
    private readonly Dictionary<string, PronounGender>.AlternateLookup<ReadOnlySpan<char>> _genders;

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
        IEnumerable<string> organisationConnectors,
        IEnumerable<string> companySuffixes,
        IEnumerable<(string Position, string Word)> organisationCues,
        IEnumerable<string>? firstNames = null,
        IEnumerable<string>? commonWords = null,
        IEnumerable<string>? calendarWords = null,
        IEnumerable<string>? kinNouns = null,
        IEnumerable<string>? postNominalTitles = null,
        IEnumerable<string>? mediaHeads = null,
        IEnumerable<string>? academicFields = null,
        IEnumerable<(string Position, string Word)>? personCues = null,
        IEnumerable<(string Word, string Gender)>? genderedWords = null)
    {
        _genders = (genderedWords ?? [])
            .ToDictionary(w => w.Word, w => w.Gender switch { "m" => PronounGender.Male, "f" => PronounGender.Female, _ => PronounGender.None }, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var personCueList = (personCues ?? []).ToList();
        _personCuesBefore = Words(personCueList.Where(c => c.Position == "before").Select(c => c.Word));
        _personCuesAfter = Words(personCueList.Where(c => c.Position == "after").Select(c => c.Word));
        _postNominalTitles = Words(postNominalTitles ?? []);
        _mediaHeads = Words(mediaHeads ?? []);
        _academicFields = Words(academicFields ?? []);
        _calendarWords = Words(calendarWords ?? []);
        _kinNouns = Words(kinNouns ?? []);
        _firstNames = Words(firstNames ?? []);
        _commonWords = Words(commonWords ?? []);
        var cues = organisationCues.ToList();
        _organisationCuesBefore = Words(cues.Where(c => c.Position == "before").Select(c => c.Word));
        _organisationCuesAfter = Words(cues.Where(c => c.Position == "after").Select(c => c.Word));
        _organisationConnectors = Words(organisationConnectors);
        _connectors = Words(nameConnectors);
        _roleClasses = roleNouns.ToDictionary(r => r.Noun, r => r.Class, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _personPronouns = Words(personPronouns);
        _determiners = Words(determiners);
        _locatives = Words(locatives);
        _seatsOfGovernment = seatsOfGovernment.ToDictionary(s => EntityNameKey.Of(s.Name), s => s.Country, StringComparer.Ordinal);
        _aliases = aliases.ToDictionary(a => EntityNameKey.Of(a.Name), a => EntityNameKey.Of(a.Canonical), StringComparer.Ordinal);
        _roles = Roles(
            (titleWords, WordRoles.Title),
            (_roleClasses.Dictionary.Keys, WordRoles.Title),
            (organisationHeads, WordRoles.OrganisationHead),
            (facilityHeads, WordRoles.FacilityHead),
            (companySuffixes, WordRoles.CompanySuffix | WordRoles.OrganisationHead));
    }

    public static EntityLexicon Default => Shared.Value;

    /// <summary>A word of a title or office that may stand before a name ("President", "Mr.", "Deputy").</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) => (RolesOf(word) & WordRoles.Title) != 0;

    /// <summary>Everything the word can be in a name (one lookup for <see cref="IsTitleWord"/>, <see cref="IsOrganisationHead"/> and <see cref="IsFacilityHead"/>).</summary>
    public WordRoles RolesOf(ReadOnlySpan<char> word) => _roles.TryGetValue(word, out var roles) ? roles : WordRoles.None;

    /// <summary>The class of a role noun ("spokesman" and "spokesperson" share one), or null.</summary>
    public string? RoleClass(ReadOnlySpan<char> word)
        => _roleClasses.TryGetValue(word, out var roleClass) ? roleClass
            : word.EndsWith('s') && _roleClasses.TryGetValue(word[..^1], out roleClass) ? roleClass
            : null;

    /// <summary>A lower-case word that joins the parts of one name ("of", "and", "de"): not an initial of an acronym.</summary>
    public bool IsNameConnector(ReadOnlySpan<char> word) => _connectors.Contains(word);

    /// <summary>A word that ends organisation names ("Ministry", "Inspectorate").</summary>
    public bool IsOrganisationHead(ReadOnlySpan<char> word) => (RolesOf(word) & WordRoles.OrganisationHead) != 0;

    /// <summary>A word that ends the legal name of a company ("Inc.", "LLC", "SpA").</summary>
    public bool IsCompanySuffix(ReadOnlySpan<char> word) => (RolesOf(word) & WordRoles.CompanySuffix) != 0;

    /// <summary>A classifier noun that shows the name after it is an organisation ("automaker" Chrysler).</summary>
    public bool IsOrganisationCueBefore(ReadOnlySpan<char> word) => _organisationCuesBefore.Contains(word);

    /// <summary>A word that shows the name before it is an organisation (Chrysler "spokesman", Apple "shares").</summary>
    public bool IsOrganisationCueAfter(ReadOnlySpan<char> word) => _organisationCuesAfter.Contains(word);

    /// <summary>A lower-case word inside an organisation's name after its head ("of" in "Ministry of Defence").</summary>
    public bool IsOrganisationConnector(ReadOnlySpan<char> word) => _organisationConnectors.Contains(word);

    /// <summary>A word that ends facility names ("Airport", "Square").</summary>
    public bool IsFacilityHead(ReadOnlySpan<char> word) => (RolesOf(word) & WordRoles.FacilityHead) != 0;

    /// <summary>A first name that is not also an ordinary English word ("steve", "sergei"; not "will" or "mark").</summary>
    public bool IsFirstName(ReadOnlySpan<char> word) => _firstNames.Contains(word);

    /// <summary>Whether a noun names a person by kinship ("child", "wife"): a name in apposition to it is a person's.</summary>
    public bool IsKinNoun(ReadOnlySpan<char> word) => _kinNouns.Contains(word);

    /// <summary>A word English writes in lower case as an ordinary word ("jobs", "police"), by a treebank's counts.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _commonWords.Contains(word);

    /// <summary>The name of a month or a day of the week ("march", "tuesday"): a proper noun, but no entity's name.</summary>
    public bool IsCalendarWord(ReadOnlySpan<char> word) => _calendarWords.Contains(word);

    /// <summary>A word before a one-word name that shows a person ("mr."), from <c>entities/person-cues.tsv</c>.</summary>
    public bool IsPersonCueBefore(ReadOnlySpan<char> word) => _personCuesBefore.Contains(word);

    /// <summary>A word after a one-word name that shows a person ("said"), from <c>entities/person-cues.tsv</c>.</summary>
    public bool IsPersonCueAfter(ReadOnlySpan<char> word) => _personCuesAfter.Contains(word);

    /// <summary>A title written after a person's name ("SC", "QC", "Jr."), from <c>entities/post-nominal-titles.txt</c>.</summary>
    public bool IsPostNominalTitle(ReadOnlySpan<char> word) => _postNominalTitles.Contains(word);

    /// <summary>A word that ends a newspaper's name ("Herald", "Times"), from <c>entities/media-heads.txt</c>.</summary>
    public bool IsMediaHead(ReadOnlySpan<char> word) => _mediaHeads.Contains(word);

    /// <summary>A field of study ("Science", "Medicine"), from <c>entities/academic-fields.txt</c>.</summary>
    public bool IsAcademicField(ReadOnlySpan<char> word) => _academicFields.Contains(word);

    public bool IsPersonPronoun(ReadOnlySpan<char> word) => _personPronouns.Contains(word);

    /// <summary>The gender a person pronoun (<c>pronouns.tsv</c>: "he", "her") or a courtesy title before a name
    /// (<c>gendered-titles.tsv</c>: "Mr.", "Mrs.") marks, or none.</summary>
    public PronounGender GenderOf(ReadOnlySpan<char> word) => _genders.TryGetValue(word, out var gender) ? gender : PronounGender.None;

    public bool IsDeterminer(ReadOnlySpan<char> word) => _determiners.Contains(word);

    public bool IsLocativePreposition(ReadOnlySpan<char> word) => _locatives.Contains(word);

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
        DataFiles.ReadList("entities/organisation-connectors.txt"),
        DataFiles.ReadList("entities/company-suffixes.txt"),
        DataFiles.ReadList("entities/organisation-cues.tsv").Select(Pair),
        DataFiles.ReadList("entities/first-names.txt"),
        DataFiles.ReadList("entities/common-words.txt"),
        DataFiles.ReadList("time/months.tsv").Concat(DataFiles.ReadList("time/weekdays.tsv")).Select(l => Pair(l).Item1),
        DataFiles.ReadList("entities/kin-nouns.txt"),
        DataFiles.ReadList("entities/post-nominal-titles.txt"),
        DataFiles.ReadList("entities/media-heads.txt"),
        DataFiles.ReadList("entities/academic-fields.txt"),
        DataFiles.ReadList("entities/person-cues.tsv").Select(Pair),
        DataFiles.ReadList("entities/pronouns.tsv").Concat(DataFiles.ReadList("entities/gendered-titles.tsv")).Select(Pair));

    // Case-insensitive, looked up by span: words are read straight from the text, without a string each.
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(IEnumerable<string> words)
        => words.ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> Roles(params (IEnumerable<string> Words, WordRoles Role)[] lists)
    {
        var roles = new Dictionary<string, WordRoles>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, role) in lists)
        {
            foreach (var word in words)
            {
                roles[word] = roles.GetValueOrDefault(word) | role;
            }
        }

        return roles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static (string, string) Pair(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? (line, line) : (line[..tab].Trim(), line[(tab + 1)..].Trim());
    }
}

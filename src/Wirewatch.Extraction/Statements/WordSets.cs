using System.Collections.Frozen;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>The small word sets of the statements component, read once from <c>data/statements</c>.</summary>
internal sealed class WordSets
{
    private static readonly Lazy<WordSets> _default = new(Load);

    private WordSets(FrozenSet<string> firstPerson, IReadOnlyList<string> statementNouns, FrozenDictionary<string, string> grammar)
    {
        FirstPerson = firstPerson;
        StatementNouns = statementNouns.Select(n => n.TrimEnd('!')).ToFrozenSet(StringComparer.Ordinal);
        CueStatementNouns = statementNouns.Where(n => n.EndsWith('!')).Select(n => n.TrimEnd('!')).ToFrozenSet(StringComparer.Ordinal);
        Bridges = Role(grammar, "bridge");
        Relatives = Role(grammar, "relative");
        Complements = Role(grammar, "complement");
        Questions = Role(grammar, "question");
        Coordinators = Role(grammar, "coordinator");
        Joiners = Role(grammar, "joiner");
        Auxiliaries = Role(grammar, "auxiliary");
        Naming = Role(grammar, "naming");
        Indefinites = Role(grammar, "indefinite");
        Definites = Role(grammar, "definite");
        PageLabels = Role(grammar, "page-label");
        NotSubjects = Role(grammar, "not-subject");
        ClauseHedges = Role(grammar, "clause-hedge");
        Expletives = Role(grammar, "expletive");
        Subordinators = Role(grammar, "subordinator");
        Passives = Role(grammar, "passive");
        Agents = Role(grammar, "agent");
        Experiencers = Role(grammar, "experiencer");
        QuantityModifiers = Role(grammar, "quantity-modifier");
        Fractions = Role(grammar, "fraction");
        ClauseOnly = Role(grammar, "clause-only");
        Respondents = Role(grammar, "respondent");
        Singulars = Role(grammar, "singular");
        Possessives = Role(grammar, "possessive");
        SubjectPronouns = Role(grammar, "subject-pronoun");
        LabelIntroducers = Role(grammar, "label-introducer");
        NounCueAgents = Role(grammar, "noun-cue-agent");
        NounCuePrepositions = Role(grammar, "noun-cue-preposition");
    }

    public static WordSets Default => _default.Value;

    /// <summary>Participles after a noun phrase that name those asked in a survey ("those surveyed", "voters polled").</summary>
    public FrozenSet<string> Respondents { get; }

    /// <summary>Numbers that take a singular verb ("one").</summary>
    public FrozenSet<string> Singulars { get; }

    /// <summary>Possessive determiners ("his", "their"): the speaker of a noun cue after them.</summary>
    public FrozenSet<string> Possessives { get; }

    /// <summary>Subject pronouns, which may be joined to a noun phrase into one speaker ("he and Mr. Allen said").</summary>
    public FrozenSet<string> SubjectPronouns { get; }

    /// <summary>Words before a label's source in a roundup ("- Philip Bump:", "More from the report:").</summary>
    public FrozenSet<string> LabelIntroducers { get; }

    /// <summary>Prepositions after a noun cue that introduce its speaker ("criticism from", "claims by").</summary>
    public FrozenSet<string> NounCueAgents { get; }

    /// <summary>Prepositions after a noun cue that introduce what it is about ("criticism of", "warning about").</summary>
    public FrozenSet<string> NounCuePrepositions { get; }

    /// <summary>Lemmas of cues that report only with a clause after them: with a noun phrase alone as object they are acts ("claiming victory").</summary>
    public FrozenSet<string> ClauseOnly { get; }

    public FrozenSet<string> FirstPerson { get; }

    /// <summary>Nouns of "in a statement", "in an interview" after a cue.</summary>
    public FrozenSet<string> StatementNouns { get; }

    /// <summary>The statement nouns that name the act of saying itself ("said in a statement" = "stated"): the phrase joins the cue.</summary>
    public FrozenSet<string> CueStatementNouns { get; }

    /// <summary>Prepositions inside a noun phrase ("the coordinator for the council").</summary>
    public FrozenSet<string> Bridges { get; }

    /// <summary>Words opening a relative clause after a name ("who", "whose").</summary>
    public FrozenSet<string> Relatives { get; }

    /// <summary>Words opening reported content ("that").</summary>
    public FrozenSet<string> Complements { get; }

    /// <summary>Words opening an indirect question ("if", "whether").</summary>
    public FrozenSet<string> Questions { get; }

    /// <summary>Words joining two cues of one speaker ("and").</summary>
    public FrozenSet<string> Coordinators { get; }

    /// <summary>Words joining two noun phrases into one speaker ("Clinton and her advisers said").</summary>
    public FrozenSet<string> Joiners { get; }

    /// <summary>Auxiliaries and negation that belong to the cue after them ("have long criticized").</summary>
    public FrozenSet<string> Auxiliaries { get; }

    /// <summary>Participles that name ("a company called X"), no cue after an indefinite noun phrase.</summary>
    public FrozenSet<string> Naming { get; }

    /// <summary>The indefinite article.</summary>
    public FrozenSet<string> Indefinites { get; }

    /// <summary>The definite article, which opens no addressee after "told" ("told the story").</summary>
    public FrozenSet<string> Definites { get; }

    /// <summary>Words of a page's furniture before a colon ("Editor's Note:", "The Latest:"), which name no speaker.</summary>
    public FrozenSet<string> PageLabels { get; }

    /// <summary>Words that alone cannot be the subject of a cue ("heard him say").</summary>
    public FrozenSet<string> NotSubjects { get; }

    /// <summary>Hedge lemmas that are cues only before "to" or "that" ("appears to", not "appeared on television").</summary>
    public FrozenSet<string> ClauseHedges { get; }

    /// <summary>Empty subjects ("it appears that"), no part of a hedge's content.</summary>
    public FrozenSet<string> Expletives { get; }

    /// <summary>Words opening an adverbial clause ("when asked"), never part of a cue.</summary>
    public FrozenSet<string> Subordinators { get; }

    /// <summary>Forms of "be" that make a participle cue after them passive ("was criticized").</summary>
    public FrozenSet<string> Passives { get; }

    /// <summary>Words introducing the speaker of a passive cue ("by").</summary>
    public FrozenSet<string> Agents { get; }

    /// <summary>Cue lemmas whose passive form keeps a subject who feels ("is worried about", "are opposed to"), unless an agent follows.</summary>
    public FrozenSet<string> Experiencers { get; }

    /// <summary>Words that bound a number before it ("about", "more than", "nearly"), part of its noun phrase.</summary>
    public FrozenSet<string> QuantityModifiers { get; }

    /// <summary>Words of quantity that a modifier may bound like a number ("about half").</summary>
    public FrozenSet<string> Fractions { get; }

    private static WordSets Load()
    {
        var grammar = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadList("statements/grammar-words.tsv"))
        {
            var cells = line.Split('\t');
            if (cells.Length != 2)
            {
                throw new WirewatchException(ErrorCode.MissingData, $"statements/grammar-words.tsv: expected 2 columns in '{line}'");
            }

            grammar[cells[0]] = cells[1];
        }

        return new WordSets(
            DataFiles.ReadList("statements/first-person.txt").ToFrozenSet(StringComparer.Ordinal),
            [.. DataFiles.ReadList("statements/statement-nouns.txt")],
            grammar.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenSet<string> Role(FrozenDictionary<string, string> grammar, string role)
        => grammar.Where(p => p.Value.Split(',').Contains(role)).Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);
}

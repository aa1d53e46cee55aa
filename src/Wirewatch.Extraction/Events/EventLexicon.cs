using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>The event vocabulary, read once from <c>data/events/*.tsv</c>: triggers by ACLED type, number words, qualifiers, casualty words, counted nouns, status cues, report verbs, target and actor nouns, landmarks.</summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Shared = new(Load);

    private readonly Dictionary<string, EventTypeInfo> _types;

    private EventLexicon(string folder)
    {
        _types = Rows(folder, "event-types.tsv").ToDictionary(r => r[0], r => new EventTypeInfo(r[0], r[1], r[2], r[3]), StringComparer.Ordinal);
        Triggers = new PhraseTable<TriggerEntry>(Rows(folder, "triggers.tsv").Select(r => (r[0], new TriggerEntry(
            CheckType(r[1]),
            r[2],
            int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture),
            r[4] == "-" ? [] : r[4].Split('|')))));
        Numbers = new PhraseTable<NumberWord>(Rows(folder, "numbers.tsv").Select(r => (r[0], new NumberWord(int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2]))));
        Qualifiers = new PhraseTable<string>(Rows(folder, "qualifiers.tsv").Select(r => (r[0], r[1])));
        Casualties = Rows(folder, "casualties.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        CountNouns = Rows(folder, "count-nouns.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        StatusCues = new PhraseTable<string>(Rows(folder, "status-cues.tsv").Select(r => (r[0], r[1])));
        BackgroundCues = new PhraseTable<string>(Rows(folder, "background-cues.tsv").Select(r => (r[0], r[1])));
        ReportVerbs = Rows(folder, "report-verbs.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var references = Rows(folder, "reference-words.tsv").ToList();
        Articles = references.Where(r => r[1] == "article").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Anaphors = references.Where(r => r[1] == "anaphor").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        EdgeWords = references.Where(r => r[1] == "edge").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        ClauseWords = references.Where(r => r[1] == "clause").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Irrealis = references.Where(r => r[1] == "irrealis").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Attempts = references.Where(r => r[1] == "attempt").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Averting = references.Where(r => r[1] == "averting").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Responsibility = references.Where(r => r[1] == "responsibility").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        HarmVerbs = references.Where(r => r[1] == "harm").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        DeathVerbs = references.Where(r => r[1] == "death").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        DamageVerbs = references.Where(r => r[1] == "damage").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        InsurgentNouns = references.Where(r => r[1] == "insurgent").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        InsurgentGroups = Rows(folder, "insurgent-groups.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        TargetNouns = Rows(folder, "target-nouns.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        ActorNouns = Rows(folder, "actor-nouns.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Prepositions = Rows(folder, "prepositions.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Landmarks = new PhraseTable<string>(Rows(folder, "landmarks.tsv").Select(r => (r[0], r[1])));
        ArmedGroups = new PhraseTable<string>(Rows(folder, "armed-groups.tsv").SelectMany(r => TokenVariants(r[0]).Select(v => (v, r[1]))));
    }

    /// <summary>The lexicon of the engine's data folder, loaded on first use.</summary>
    public static EventLexicon Default => Shared.Value;

    public PhraseTable<TriggerEntry> Triggers { get; }

    /// <summary>Common nouns for insurgents ("guerrillas", "rebels") that stand for the insurgent group an article names.</summary>
    public IReadOnlySet<string> InsurgentNouns { get; }

    /// <summary>Short names (as in armed-groups.tsv) of the insurgent groups that "the guerrillas" may stand for.</summary>
    public IReadOnlySet<string> InsurgentGroups { get; }

    public PhraseTable<NumberWord> Numbers { get; }

    public PhraseTable<string> Qualifiers { get; }

    /// <summary>Casualty word -> death, injury or casualty.</summary>
    public IReadOnlyDictionary<string, string> Casualties { get; }

    /// <summary>Counted noun -> the name of the count ("times" -> strikes).</summary>
    public IReadOnlyDictionary<string, string> CountNouns { get; }

    /// <summary>Cue -> alleged, claimed or disputed.</summary>
    public PhraseTable<string> StatusCues { get; }

    /// <summary>Cue -> recall, summary, period or hypothesis: a mention that reports no new incident of its own.</summary>
    public PhraseTable<string> BackgroundCues { get; }

    public IReadOnlySet<string> ReportVerbs { get; }

    /// <summary>Articles left out of an actor's span ("the", "a").</summary>
    public IReadOnlySet<string> Articles { get; }

    /// <summary>Words before a trigger that point back to an event already named ("the", "such", "alleged").</summary>
    public IReadOnlySet<string> Anaphors { get; }

    /// <summary>Words that never begin or end a target or actor phrase ("of", "who", "yesterday").</summary>
    public IReadOnlySet<string> EdgeWords { get; }

    /// <summary>Words that begin a clause: a phrase read back from a trigger starts after them ("that", "when").</summary>
    public IReadOnlySet<string> ClauseWords { get; }

    /// <summary>Words before a verb that make it no report of a deed ("will attack", "to kill", "could bomb").</summary>
    public IReadOnlySet<string> Irrealis { get; }

    /// <summary>Words before "to" that make an infinitive an attempt, which happened ("tried to kidnap").</summary>
    public IReadOnlySet<string> Attempts { get; }

    /// <summary>Words before a trigger that speak of stopping such acts, not of one that happened ("stop bombing", "halt the murder of").</summary>
    public IReadOnlySet<string> Averting { get; }

    /// <summary>Words that hold someone responsible for an act ("claimed responsibility", "held responsible", "blamed").</summary>
    public IReadOnlySet<string> Responsibility { get; }

    /// <summary>Verbs of injury that name an event's victims without being its trigger ("were wounded", "injuring").</summary>
    public IReadOnlySet<string> HarmVerbs { get; }

    /// <summary>Intransitive verbs of dying whose subject is a victim without being the trigger ("died in the explosion").</summary>
    public IReadOnlySet<string> DeathVerbs { get; }

    /// <summary>Verbs of damage that name the things an event hit without being its trigger ("damaged", "destroyed").</summary>
    public IReadOnlySet<string> DamageVerbs { get; }

    /// <summary>Head noun of a target -> object or person.</summary>
    public IReadOnlyDictionary<string, string> TargetNouns { get; }

    public IReadOnlySet<string> ActorNouns { get; }

    /// <summary>Preposition -> place, target or both.</summary>
    public IReadOnlyDictionary<string, string> Prepositions { get; }

    /// <summary>Landmark -> the city it is in.</summary>
    public PhraseTable<string> Landmarks { get; }

    /// <summary>Armed group, cartel or security force -> its usual short name ("farabundo marti national liberation front" -> FMLN).</summary>
    public PhraseTable<string> ArmedGroups { get; }

    public IEnumerable<EventTypeInfo> Types => _types.Values;

    public static EventLexicon Load() => new("events");

    public EventTypeInfo TypeOf(string subType) => _types[subType];

    private string CheckType(string subType) => _types.ContainsKey(subType)
        ? subType
        : throw new WirewatchException(ErrorCode.MissingData, $"data/events/triggers.tsv: unknown sub-event type '{subType}'");

    /// <summary>A phrase as written and as the tokenizer splits it ("people's" -> "people 's", "m-19" -> "m - 19").</summary>
    private static IEnumerable<string> TokenVariants(string phrase)
    {
        var split = phrase.Replace("'s", " 's", StringComparison.Ordinal).Replace("-", " - ", StringComparison.Ordinal);
        return split == phrase ? [phrase] : [phrase, split];
    }

    private static IEnumerable<string[]> Rows(string folder, string file)
        => DataFiles.ReadList($"{folder}/{file}").Select(l => l.Split('\t', StringSplitOptions.TrimEntries));
}

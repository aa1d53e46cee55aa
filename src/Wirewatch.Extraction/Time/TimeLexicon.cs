using Wirewatch.Core;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// The time vocabulary, read once from <c>data/time/*.tsv</c>: entries indexed by their first word
/// (case-insensitive, looked up on spans without allocating), phrases matched word by word.
/// </summary>
public sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> Shared = new(Load);

    private static readonly (string File, TimeWordClass Class)[] Files =
    [
        ("weekdays.tsv", TimeWordClass.Weekday),
        ("months.tsv", TimeWordClass.Month),
        ("numbers.tsv", TimeWordClass.Number),
        ("ordinals.tsv", TimeWordClass.Ordinal),
        ("units.tsv", TimeWordClass.Unit),
        ("day-parts.tsv", TimeWordClass.DayPart),
        ("clock.tsv", TimeWordClass.Clock),
        ("seasons.tsv", TimeWordClass.Season),
        ("deictic-days.tsv", TimeWordClass.DeicticDay),
        ("fuzzy.tsv", TimeWordClass.Fuzzy),
        ("relative.tsv", TimeWordClass.Relative),
        ("modifiers.tsv", TimeWordClass.Modifier),
        ("sets.tsv", TimeWordClass.Set),
        ("tense-cues.tsv", TimeWordClass.TenseCue),
        ("fiscal.tsv", TimeWordClass.Fiscal),
        ("context.tsv", TimeWordClass.Context),
        ("durations.tsv", TimeWordClass.Duration),
        ("spoken-centuries.tsv", TimeWordClass.SpokenCentury),
        ("period-ends.tsv", TimeWordClass.PeriodEnd),
        ("holidays.tsv", TimeWordClass.Holiday),
        ("rate-words.tsv", TimeWordClass.RateWord),
        ("unit-adjectives.tsv", TimeWordClass.UnitAdjective),
        ("halves.tsv", TimeWordClass.Half),
        ("neighbours.tsv", TimeWordClass.Neighbour),
        ("spoken-decades.tsv", TimeWordClass.SpokenDecade),
    ];

    private const int MaxFilteredLength = 31;

    private readonly Dictionary<string, TimeWord[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    // For each pair of first two letters (a-z, then anything else), a bit for each length that some first word
    // has: most tokens are rejected by this test without hashing.
    private readonly uint[] _firstWordShapes = new uint[27 * 27];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _hearts;

    // For each pair of first two letters, a bit for each length that some heart word has.
    private readonly uint[] _heartShapes = new uint[27 * 27];
    private readonly int _longestHeart;

    public TimeLexicon(IEnumerable<TimeWord> words)
    {
        words = words.ToList();
        var hearts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            if (word.Length == 1 && IsHeartClass(word.Class))
            {
                hearts.Add(word.Words[0]);
            }
            else if (word.Class == TimeWordClass.Fuzzy || (word.Class == TimeWordClass.Duration && word.Length > 1))
            {
                hearts.Add(word.Words[^1]);
            }
            else if (word.Class == TimeWordClass.Neighbour && word.Value == "PERIOD")
            {
                // "the latest period".
                hearts.Add(word.Words[0]);
            }
        }

        _longestHeart = Math.Min(hearts.Max(h => h.Length), MaxFilteredLength);
        foreach (var heart in hearts)
        {
            _heartShapes[Shape(heart)] |= 1u << Math.Min(heart.Length, MaxFilteredLength);
        }

        _hearts = hearts.GetAlternateLookup<ReadOnlySpan<char>>();
        var byFirst = words
            .GroupBy(w => w.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in byFirst.Keys)
        {
            _firstWordShapes[Shape(word)] |= 1u << Math.Min(word.Length, MaxFilteredLength);
        }
    }

    /// <summary>The vocabulary from the data folder, loaded on first use.</summary>
    public static TimeLexicon Default => Shared.Value;

    /// <summary>Every entry whose first word is <paramref name="word"/>, longest phrases first.</summary>
    public ReadOnlySpan<TimeWord> StartingWith(ReadOnlySpan<char> word)
        => Entries(word) ?? [];

    /// <summary>Every entry whose first word is <paramref name="word"/>, or null: a cheap letter-and-length test first, then one lookup.</summary>
    public TimeWord[]? Entries(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || (_firstWordShapes[Shape(word)] & (1u << Math.Min(word.Length, MaxFilteredLength))) == 0)
        {
            return null;
        }

        return _byFirstWord.TryGetValue(word, out var entries) ? entries : null;
    }

    /// <summary>
    /// True for a word that can be the heart of a time expression: a weekday, month, unit, part of the day, season,
    /// day word, clock word, vague, recurring or duration word, the century word of a year said aloud, a named day, or the last word of a vague phrase ("the past").
    /// Tested on two letters and the length before any lookup, since most words are not.
    /// </summary>
    public bool IsHeart(ReadOnlySpan<char> word)
        => word.Length > 0 && word.Length <= _longestHeart && (_heartShapes[Shape(word)] & (1u << word.Length)) != 0 && _hearts.Contains(word);

    private static bool IsHeartClass(TimeWordClass wordClass) => wordClass is TimeWordClass.Weekday or TimeWordClass.Month or TimeWordClass.Unit
        or TimeWordClass.DayPart or TimeWordClass.Clock or TimeWordClass.Season or TimeWordClass.DeicticDay or TimeWordClass.Fuzzy
        or TimeWordClass.Set or TimeWordClass.Duration or TimeWordClass.SpokenCentury or TimeWordClass.Holiday or TimeWordClass.SpokenDecade;

    private static int Shape(ReadOnlySpan<char> word) => (Letter(word[0]) * 27) + (word.Length > 1 ? Letter(word[1]) : 26);

    private static int Letter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? (c | 0x20) - 'a' : 26;

    /// <summary>True when any entry starts with the word: a quick test before trying to parse there.</summary>
    public bool IsKnown(ReadOnlySpan<char> word) => _byFirstWord.ContainsKey(word);

    public static TimeLexicon Load()
    {
        var words = new List<TimeWord>();
        foreach (var (file, wordClass) in Files)
        {
            var path = "time/" + file;
            foreach (var line in DataFiles.ReadList(path))
            {
                var columns = line.Split('\t', StringSplitOptions.TrimEntries);
                if (columns.Length < 2 || columns[0].Length == 0)
                {
                    throw new WirewatchException(ErrorCode.MissingData, $"{path}: '{line}' needs 'words<TAB>value'");
                }

                var phrase = columns[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                words.Add(new TimeWord(phrase, wordClass, columns[1], columns.Length > 2 ? columns[2] : null));
            }
        }

        return new TimeLexicon(words);
    }
}

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
    ];

    private readonly Dictionary<string, TimeWord[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public TimeLexicon(IEnumerable<TimeWord> words)
    {
        var byFirst = words
            .GroupBy(w => w.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The vocabulary from the data folder, loaded on first use.</summary>
    public static TimeLexicon Default => Shared.Value;

    /// <summary>Every entry whose first word is <paramref name="word"/>, longest phrases first.</summary>
    public ReadOnlySpan<TimeWord> StartingWith(ReadOnlySpan<char> word)
        => _byFirstWord.TryGetValue(word, out var entries) ? entries : [];

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

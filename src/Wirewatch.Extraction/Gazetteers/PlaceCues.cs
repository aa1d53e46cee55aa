using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>The place cues (see <see cref="PlaceCue"/>), keyed for the matcher.</summary>
public sealed class PlaceCues
{
    public const string FileName = "places/place-cues.tsv";

    private readonly Dictionary<string, PlaceCue>.AlternateLookup<ReadOnlySpan<char>> _before;
    private readonly Dictionary<string, PlaceCue>.AlternateLookup<ReadOnlySpan<char>> _after;

    public PlaceCues(IReadOnlyList<PlaceCue> cues)
    {
        All = cues;
        var before = new Dictionary<string, PlaceCue>(StringComparer.Ordinal);
        var after = new Dictionary<string, PlaceCue>(StringComparer.Ordinal);
        foreach (var cue in cues)
        {
            (cue.Before ? before : after)[NameKey.Of(cue.Words)] = cue;
        }

        _before = before.GetAlternateLookup<ReadOnlySpan<char>>();
        _after = after.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxBeforeWords = before.Count == 0 ? 0 : before.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public IReadOnlyList<PlaceCue> All { get; }

    public int MaxBeforeWords { get; }

    public static PlaceCues Load(string path)
    {
        var cues = new List<PlaceCue>();
        foreach (var columns in TsvLines.Read(path, 4))
        {
            var before = columns[1] switch
            {
                "before" => true,
                "after" => false,
                var other => throw new WirewatchException(ErrorCode.MissingData, $"{path}: position must be before or after, not '{other}'"),
            };
            var hint = columns[2] switch
            {
                "city" => PlaceHint.City,
                "region" => PlaceHint.Region,
                "vicinity" => PlaceHint.Vicinity,
                var other => throw new WirewatchException(ErrorCode.MissingData, $"{path}: hint must be city, region or vicinity, not '{other}'"),
            };
            cues.Add(new PlaceCue(columns[0], before, hint, columns[3] == "yes"));
        }

        return new PlaceCues(cues);
    }

    public static PlaceCues LoadDefault() => Load(DataFiles.PathOf(FileName));

    /// <summary>The cue word right after a name, if it is one ("region", "Oblast").</summary>
    public PlaceCue? After(ReadOnlySpan<char> wordKey) => _after.TryGetValue(wordKey, out var cue) ? cue : null;

    /// <summary>The cue words right before a name, if any ("the city of", "near"); keys joined by spaces.</summary>
    public PlaceCue? Before(ReadOnlySpan<char> wordsKey) => _before.TryGetValue(wordsKey, out var cue) ? cue : null;
}

using System.Collections.Frozen;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// The word lists the statements component reads: cues (<c>statements/cues.tsv</c>), kind words
/// (<c>statements/kind-words.tsv</c>) and no-evidence phrases (<c>statements/no-evidence.txt</c>). Loaded once.
/// </summary>
public sealed class StatementLexicon
{
    private static readonly Lazy<StatementLexicon> _default = new(Load);

    private StatementLexicon(
        FrozenDictionary<string, IReadOnlyList<CueEntry>> cuesByFirstWord,
        FrozenDictionary<string, StatementKind> objectKinds,
        FrozenDictionary<string, StatementKind> contentKinds,
        IReadOnlyList<string[]> noEvidence)
    {
        CuesByFirstWord = cuesByFirstWord;
        ObjectKinds = objectKinds;
        ContentKinds = contentKinds;
        NoEvidence = noEvidence;
    }

    public static StatementLexicon Default => _default.Value;

    /// <summary>The cue forms by their first word, longest first.</summary>
    public FrozenDictionary<string, IReadOnlyList<CueEntry>> CuesByFirstWord { get; }

    /// <summary>Words in a cue's object that make the statement a denial ("a lie").</summary>
    public FrozenDictionary<string, StatementKind> ObjectKinds { get; }

    /// <summary>Words in plain content that make the statement an accusation or warning.</summary>
    public FrozenDictionary<string, StatementKind> ContentKinds { get; }

    /// <summary>Phrases (as word sequences) saying a speaker gave no evidence.</summary>
    public IReadOnlyList<string[]> NoEvidence { get; }

    public static StatementLexicon Load()
    {
        var cues = new Dictionary<string, List<CueEntry>>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadList("statements/cues.tsv"))
        {
            var cells = line.Split('\t');
            if (cells.Length != 5)
            {
                throw new WirewatchException(ErrorCode.MissingData, $"statements/cues.tsv: expected 5 columns in '{line}'");
            }

            var kind = ParseKind(cells[2], line);
            var cls = Enum.Parse<CueClass>(cells[3], ignoreCase: true);
            var obj = Enum.Parse<CueObject>(cells[4], ignoreCase: true);
            foreach (var raw in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var any = raw.EndsWith('!');
                var words = raw.TrimEnd('!').Split('_');
                var entry = new CueEntry(cells[0], words, any, kind, cls, obj);
                if (!cues.TryGetValue(words[0], out var list))
                {
                    cues[words[0]] = list = [];
                }

                list.Add(entry);
            }
        }

        var objectKinds = new Dictionary<string, StatementKind>(StringComparer.Ordinal);
        var contentKinds = new Dictionary<string, StatementKind>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadList("statements/kind-words.tsv"))
        {
            var cells = line.Split('\t');
            var target = cells.Length == 3 && cells[2] == "object" ? objectKinds : contentKinds;
            target[cells[0]] = ParseKind(cells[1], line);
        }

        var noEvidence = DataFiles.ReadList("statements/no-evidence.txt")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return new StatementLexicon(
            cues.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<CueEntry>)[.. p.Value.OrderByDescending(e => e.Words.Count)], StringComparer.Ordinal),
            objectKinds.ToFrozenDictionary(StringComparer.Ordinal),
            contentKinds.ToFrozenDictionary(StringComparer.Ordinal),
            noEvidence);
    }

    private static StatementKind ParseKind(string text, string line)
        => Enum.TryParse<StatementKind>(text, ignoreCase: true, out var kind)
            ? kind
            : throw new WirewatchException(ErrorCode.MissingData, $"statements: unknown kind '{text}' in '{line}'");
}

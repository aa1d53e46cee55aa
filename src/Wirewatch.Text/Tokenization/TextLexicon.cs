using Wirewatch.Core;

namespace Wirewatch.Text.Tokenization;

/// <summary>
/// The word lists the tokenizer and sentence splitter use, read once from <c>data/text/</c>:
/// abbreviations, sentence starters, contractions and web domain endings.
/// </summary>
public sealed class TextLexicon
{
    private static readonly Lazy<TextLexicon> Shared = new(Load);

    private readonly Dictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> _abbreviationsAnyCase;
    private readonly Dictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> _abbreviationsExact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _webDomains;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _contractions;

    public TextLexicon(
        IEnumerable<(string Abbreviation, AbbreviationClass Class, bool ExactCase)> abbreviations,
        IEnumerable<string> sentenceStarters,
        IEnumerable<(string Word, int[] PartLengths)> contractions,
        IEnumerable<string> webDomains)
    {
        var anyCase = new Dictionary<string, AbbreviationClass>(StringComparer.OrdinalIgnoreCase);
        var exact = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var (abbreviation, kind, exactCase) in abbreviations)
        {
            (exactCase ? exact : anyCase)[abbreviation] = kind;
        }

        _abbreviationsAnyCase = anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        _abbreviationsExact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = new HashSet<string>(sentenceStarters, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _contractions = contractions.ToDictionary(c => c.Word, c => c.PartLengths, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _webDomains = new HashSet<string>(webDomains, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon from the data folder, loaded on first use.</summary>
    public static TextLexicon Default => Shared.Value;

    /// <summary>Looks up an abbreviation written with its final period ("Gen.").</summary>
    public bool TryGetAbbreviation(ReadOnlySpan<char> withPeriod, out AbbreviationClass kind)
        => _abbreviationsExact.TryGetValue(withPeriod, out kind) || _abbreviationsAnyCase.TryGetValue(withPeriod, out kind);

    /// <summary>True for a capitalised word that begins sentences ("The", "He").</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);

    /// <summary>The lengths of the parts a contraction splits into ("cannot": 3, 3), or null.</summary>
    public int[]? ContractionParts(ReadOnlySpan<char> word) => _contractions.TryGetValue(word, out var parts) ? parts : null;

    public bool IsWebDomain(ReadOnlySpan<char> ending) => _webDomains.Contains(ending);

    public static TextLexicon Load()
    {
        var abbreviations = DataFiles.ReadList("text/abbreviations.tsv").Select(ParseAbbreviation).ToList();
        var contractions = DataFiles.ReadList("text/contractions.tsv").Select(ParseContraction).ToList();
        return new TextLexicon(abbreviations, DataFiles.ReadList("text/sentence-starters.txt"), contractions, DataFiles.ReadList("text/web-domains.txt"));
    }

    private static (string, AbbreviationClass, bool) ParseAbbreviation(string line)
    {
        var columns = line.Split('\t', StringSplitOptions.TrimEntries);
        var kindName = columns.Length > 1 ? columns[1] : "other";
        var exact = kindName.EndsWith("-exact", StringComparison.Ordinal);
        var kind = Enum.Parse<AbbreviationClass>(exact ? kindName[..^"-exact".Length] : kindName, ignoreCase: true);
        return (columns[0], kind, exact);
    }

    private static (string, int[]) ParseContraction(string line)
    {
        var columns = line.Split('\t', StringSplitOptions.TrimEntries);
        var parts = columns[1].Split('|');
        if (!string.Concat(parts).Equals(columns[0], StringComparison.OrdinalIgnoreCase))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"text/contractions.tsv: the parts of '{columns[0]}' do not spell it");
        }

        return (columns[0], parts.Select(p => p.Length).ToArray());
    }
}

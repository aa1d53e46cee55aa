using Wirewatch.Core;

namespace Wirewatch.Corpora.Gum;

/// <summary>Word lists for finding the named part of annotated mentions: name connectors and title words.</summary>
public sealed class NameWords
{
    private readonly HashSet<string> _titleWords;

    public NameWords(IEnumerable<string> connectors, IEnumerable<string> titleWords)
    {
        Connectors = connectors.ToHashSet(StringComparer.Ordinal);
        _titleWords = titleWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Lower-case words that join the parts of one name ("of", "and", "de").</summary>
    public IReadOnlySet<string> Connectors { get; }

    public static NameWords Load() => new(DataFiles.ReadList("entities/name-connectors.txt"), DataFiles.ReadList("entities/title-words.txt"));

    public bool IsTitleWord(string word) => _titleWords.Contains(word);
}

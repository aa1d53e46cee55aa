using System.Collections.Frozen;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>The small word sets of the statements component, read once from <c>data/statements</c>.</summary>
internal sealed class WordSets
{
    private static readonly Lazy<WordSets> _default = new(() => new WordSets(
        DataFiles.ReadList("statements/first-person.txt").ToFrozenSet(StringComparer.Ordinal),
        DataFiles.ReadList("statements/statement-nouns.txt").ToFrozenSet(StringComparer.Ordinal)));

    private WordSets(FrozenSet<string> firstPerson, FrozenSet<string> statementNouns)
    {
        FirstPerson = firstPerson;
        StatementNouns = statementNouns;
    }

    public static WordSets Default => _default.Value;

    public FrozenSet<string> FirstPerson { get; }

    public FrozenSet<string> StatementNouns { get; }
}

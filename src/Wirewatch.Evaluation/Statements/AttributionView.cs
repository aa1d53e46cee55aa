using Wirewatch.Core;

namespace Wirewatch.Evaluation.Statements;

/// <summary>
/// A statement as PolNeAR annotates it. PolNeAR gives each word to one attribution, the outermost: in "Ryabkov
/// accused Poland, TASS reported" the attribution is TASS's ("reported", "TASS", and the whole of Ryabkov's statement as
/// its content), where Wirewatch keeps Ryabkov's statement with TASS as its relay. A relayed statement is scored as
/// the relay's attribution; any other as itself.
/// </summary>
public sealed record AttributionView(IReadOnlyList<(int Start, int End)> Source, IReadOnlyList<(int Start, int End)> Cue, IReadOnlyList<(int Start, int End)> Content)
{
    public static AttributionView Of(Statement statement)
    {
        if (statement.RelayCue is { } relayCue && statement.RelayedBy.Count > 0)
        {
            var inner = statement.Content.Append(statement.Cue).Concat(statement.Speaker is { } s ? [s.Span] : []).ToList();
            var extent = (inner.Min(c => c.Start), inner.Max(c => c.End));
            return new([(statement.RelayedBy[0].Span.Start, statement.RelayedBy[0].Span.End)], [(relayCue.Start, relayCue.End)], [extent]);
        }

        return new(
            statement.Speaker is { } speaker ? [(speaker.Span.Start, speaker.Span.End)] : [],
            [(statement.Cue.Start, statement.Cue.End)],
            [.. statement.Content.Select(c => (c.Start, c.End))]);
    }
}

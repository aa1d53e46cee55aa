using Wirewatch.Corpora.Muc;

namespace Wirewatch.Evaluation.Events;

/// <summary>
/// Scores one slot of one message the MUC-4 way: key fills (each with alternatives, some optional) against distinct
/// response strings, one to one; full matches are paired before partial ones and required fills before optional
/// ones. A missed optional fill costs nothing; a response matching no fill is a false positive.
/// </summary>
public static class MucSlotScorer
{
    public static MucScore Score(IReadOnlyList<MucFill> key, IReadOnlyList<string> response, Func<string, string, double> credit)
    {
        var used = new bool[response.Count];
        var done = new bool[key.Count];
        var total = 0.0;
        var optionalFound = 0;
        foreach (var level in new[] { 1.0, 0.5 })
        {
            foreach (var optional in new[] { false, true })
            {
                for (var k = 0; k < key.Count; k++)
                {
                    if (done[k] || key[k].Optional != optional)
                    {
                        continue;
                    }

                    for (var r = 0; r < response.Count; r++)
                    {
                        if (!used[r] && key[k].Alternatives.Max(a => credit(a, response[r])) >= level)
                        {
                            used[r] = done[k] = true;
                            total += level;
                            optionalFound += optional ? 1 : 0;
                            break;
                        }
                    }
                }
            }
        }

        return new MucScore(total, response.Count, key.Count(f => !f.Optional) + optionalFound);
    }

    /// <summary>Set fills (incident type, effect): the same value.</summary>
    public static double SameValue(string key, string response) => string.Equals(key, response, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
}

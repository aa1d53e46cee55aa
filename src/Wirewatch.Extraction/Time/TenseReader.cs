namespace Wirewatch.Extraction.Time;

/// <summary>
/// Reads the tense a time is spoken in from the nearest cue before it in its sentence ("will", "said"; see
/// <c>data/time/tense-cues.tsv</c>), looking back a few words.
/// </summary>
public static class TenseReader
{
    private const int Window = 12;

    /// <summary>The tense of a time that starts at token <paramref name="first"/>.</summary>
    public static Tense Before(TimeTokens tokens, int first)
    {
        var deadline = false;
        for (var k = first - 1; k >= 0 && k >= first - Window; k--)
        {
            if (tokens.Match(k, TimeWordClass.TenseCue) is { } cue && k + cue.Length <= first)
            {
                if (cue.Value == "DEADLINE")
                {
                    deadline |= k + cue.Length == first;
                    continue;
                }

                return cue.Value == "FUTURE" && !IsPastPerfect(tokens, k) ? Tense.Future : Tense.Past;
            }
        }

        return deadline ? Tense.Deadline : Tense.Unknown;
    }

    /// <summary>"had been due to", "had planned": a future seen from the past, which is over by the article date.</summary>
    private static bool IsPastPerfect(TimeTokens tokens, int cue)
    {
        var before = cue > 0 && tokens.Is(cue - 1, "been") ? cue - 2 : cue - 1;
        return before >= 0 && tokens.Match(before, TimeWordClass.Neighbour) is { Value: "PERFECT" };
    }
}

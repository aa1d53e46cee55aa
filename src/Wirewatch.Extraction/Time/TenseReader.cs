namespace Wirewatch.Extraction.Time;

/// <summary>
/// Reads the tense a time is spoken in from the nearest cue before it in its sentence ("will", "said"; see
/// <c>data/time/tense-cues.tsv</c>), looking back a few words.
/// </summary>
public static class TenseReader
{
    private const int Window = 18;

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

                if (cue.Extra == "open" && (k == 0 || tokens[k - 1].Kind == Core.TokenKind.Punctuation) && After(tokens, first) is not Tense.Unknown and var clause)
                {
                    // "Until Thursday, they had not called him a suspect": the clause's own tense.
                    return clause;
                }

                return cue.Value == "FUTURE" && !IsPastPerfect(tokens, k) ? Tense.Future : Tense.Past;
            }
        }

        if (deadline)
        {
            return Tense.Deadline;
        }

        return After(tokens, first);
    }

    /// <summary>
    /// With no cue before it, a time that opens its clause ("On Tuesday, the league plans to...") takes the tense of the
    /// first cue after it, within the clause.
    /// </summary>
    private static Tense After(TimeTokens tokens, int first)
    {
        for (var k = first + 1; k < tokens.Count && k <= first + Window; k++)
        {
            if (tokens.Match(k, TimeWordClass.TenseCue) is { Extra: "ahead" } cue)
            {
                return cue.Value == "FUTURE" && !IsPastPerfect(tokens, k) ? Tense.Future : Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>"had been due to", "had planned": a future seen from the past, which is over by the article date.</summary>
    private static bool IsPastPerfect(TimeTokens tokens, int cue)
    {
        var before = cue > 0 && tokens.Is(cue - 1, "been") ? cue - 2 : cue - 1;
        return before >= 0 && tokens.Match(before, TimeWordClass.Neighbour) is { Value: "PERFECT" };
    }
}

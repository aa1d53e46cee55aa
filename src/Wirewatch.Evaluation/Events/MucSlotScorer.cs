namespace Wirewatch.Evaluation.Events;

/// <summary>
/// Scores one slot of one message: key fills (each a list of alternatives) against response strings, one to one,
/// greedily; a response matches a fill when, ignoring case and diacritics, one of the fill's alternatives is contained in the
/// response or the response in the alternative.
/// </summary>
public static class MucSlotScorer
{
    public static Prf Score(IReadOnlyList<IReadOnlyList<string>> key, IReadOnlyList<string> response)
    {
        var used = new bool[response.Count];
        var tp = 0;
        foreach (var fill in key)
        {
            for (var r = 0; r < response.Count; r++)
            {
                if (!used[r] && fill.Any(a => Matches(a, response[r])))
                {
                    used[r] = true;
                    tp++;
                    break;
                }
            }
        }

        return new Prf(tp, response.Count - tp, key.Count - tp);
    }

    private static bool Matches(string alternative, string response)
        => alternative.Length > 0 && response.Length > 0
           && (Fold(response).Contains(Fold(alternative), StringComparison.OrdinalIgnoreCase) || Fold(alternative).Contains(Fold(response), StringComparison.OrdinalIgnoreCase));

    /// <summary>Without diacritics: the keys are in ASCII ("USULUTAN"), our names may not be ("Usulután").</summary>
    private static string Fold(string value)
    {
        var decomposed = value.Normalize(System.Text.NormalizationForm.FormD);
        return string.Concat(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
    }
}

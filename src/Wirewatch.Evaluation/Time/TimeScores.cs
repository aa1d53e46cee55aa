namespace Wirewatch.Evaluation.Time;

/// <summary>
/// TempEval-3 scores of time expressions over a corpus: strict (exact) and relaxed (overlapping) span matching,
/// type accuracy over relaxed matches, and value F1 (relaxed matches with the right value, over gold and over found).
/// </summary>
/// <param name="Documents">How many documents were scored.</param>
/// <param name="Strict">Exact span matches.</param>
/// <param name="Relaxed">Overlapping span matches, one to one.</param>
/// <param name="TypeCorrect">Relaxed matches with the gold type.</param>
/// <param name="Value">Relaxed matches with the gold value, against all gold and all found expressions.</param>
public sealed record TimeScores(int Documents, Prf Strict, Prf Relaxed, int TypeCorrect, Prf Value)
{
    public double TypeAccuracy => Relaxed.TruePositives == 0 ? 0 : TypeCorrect / (double)Relaxed.TruePositives;

    public int Gold => Relaxed.TruePositives + Relaxed.FalseNegatives;
}

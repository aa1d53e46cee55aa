namespace Wirewatch.Evaluation.Events;

/// <summary>
/// MUC-4's slot score: credit (1 for each fully correct fill, 0.5 for each partially correct one), the fills the
/// system gave (actual) and the key fills it had to give (possible: required fills, and optional ones it found).
/// Precision is credit over actual, recall credit over possible.
/// </summary>
public readonly record struct MucScore(double Credit, int Actual, int Possible)
{
    public double Precision => Actual == 0 ? 0 : Credit / Actual;

    public double Recall => Possible == 0 ? 0 : Credit / Possible;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MucScore operator +(MucScore a, MucScore b) => new(a.Credit + b.Credit, a.Actual + b.Actual, a.Possible + b.Possible);
}

namespace Wirewatch.Evaluation.Coreference;

/// <summary>
/// Running totals of the three standard coreference metrics over many documents, each as precision and recall
/// numerators and denominators (so that documents are pooled, as the CoNLL scorer does).
/// </summary>
public sealed class CoreferenceScores
{
    public Ratio MucRecall { get; } = new();

    public Ratio MucPrecision { get; } = new();

    public Ratio BCubedRecall { get; } = new();

    public Ratio BCubedPrecision { get; } = new();

    public Ratio CeafRecall { get; } = new();

    public Ratio CeafPrecision { get; } = new();

    public static double F1(Ratio precision, Ratio recall)
        => precision.Value + recall.Value == 0 ? 0 : 2 * precision.Value * recall.Value / (precision.Value + recall.Value);

    /// <summary>The CoNLL average: the mean of the three F1 scores.</summary>
    public double ConllF1 => (F1(MucPrecision, MucRecall) + F1(BCubedPrecision, BCubedRecall) + F1(CeafPrecision, CeafRecall)) / 3;

    /// <summary>A sum of numerators over a sum of denominators.</summary>
    public sealed class Ratio
    {
        public double Numerator { get; private set; }

        public double Denominator { get; private set; }

        public double Value => Denominator == 0 ? 0 : Numerator / Denominator;

        public void Add(double numerator, double denominator)
        {
            Numerator += numerator;
            Denominator += denominator;
        }
    }
}

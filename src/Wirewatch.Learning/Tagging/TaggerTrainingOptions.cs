namespace Wirewatch.Learning.Tagging;

/// <summary>How a <see cref="PerceptronTagger"/> is trained.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Seed of the shuffle before each pass, so that training is deterministic.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Features seen fewer times than this in training are dropped from the model.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller in magnitude than this are dropped from the model.</summary>
    public float MinWeight { get; init; } = 0.01f;

    /// <summary>How often a word must be seen to be tagged from the lexicon, without the model.</summary>
    public int SureMinCount { get; init; } = 20;

    /// <summary>The share of a word's occurrences its commonest tag must have for the word to be tagged from the lexicon.</summary>
    public double SureMinShare { get; init; } = 0.995;

    /// <summary>
    /// How often a pair of words must be seen for the second to be tagged from the lexicon after the first, when
    /// the pair takes one tag in <see cref="SureMinShare"/> of its occurrences; 0 for no such pairs.
    /// </summary>
    public int PairMinCount { get; init; } = 10;

    /// <summary>How often a word must be seen to have an ambiguity class feature.</summary>
    public int ClassMinCount { get; init; } = 5;

    /// <summary>The share of a word's occurrences a tag must have to enter its ambiguity class.</summary>
    public double ClassMinShare { get; init; } = 0.01;

    /// <summary>
    /// Folds for the jackknifed first-pass tags a second pass learns from; below 2 (the default), no second pass.
    /// A second pass gains about 0.1–0.2 points of accuracy and halves the speed.
    /// </summary>
    public int Folds { get; init; }

    /// <summary>
    /// The second pass retags only tokens whose first-pass margin (best score minus runner-up, in weight units) is
    /// below this; most tokens are clear after the first pass, so this keeps most of the gain at a fraction of the cost.
    /// </summary>
    public float SecondPassMargin { get; init; } = float.PositiveInfinity;

    /// <summary>
    /// Whether to train a caseless tagger too, on a lower-cased copy of the sentences, for the sentences with no
    /// capital letter (our input is often lower-cased).
    /// </summary>
    public bool Caseless { get; init; }

    /// <summary>Whether to train easy-first taggers (the clearest token first, seeing tags on both sides) rather than left-to-right ones.</summary>
    public bool EasyFirst { get; init; }

    /// <summary>
    /// With <see cref="EasyFirst"/>: guided training, in which a wrong choice is made again after the update until it
    /// is right, rather than kept.
    /// </summary>
    public bool Guided { get; init; }

    /// <summary>
    /// With <see cref="EasyFirst"/>: tokens whose best tag beats the runner-up by at least this (in weight units) from
    /// the features of their words alone are tagged at once when tagging (not in training).
    /// </summary>
    public float EasyFirstMargin { get; init; } = float.PositiveInfinity;

    /// <summary>
    /// With <see cref="EasyFirst"/>: in training, tokens whose best tag beats the runner-up by at least this (in the
    /// unaveraged weights' units) from the features of their words alone are tagged at once, as
    /// <see cref="EasyFirstMargin"/> does when tagging.
    /// </summary>
    public float EasyFirstTrainingMargin { get; init; } = float.PositiveInfinity;

    /// <summary>How many folds are trained at once.</summary>
    public int Threads { get; init; } = Math.Max(1, Environment.ProcessorCount);
}

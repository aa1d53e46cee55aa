namespace Wirewatch.Learning.Names;

/// <summary>
/// The labels of the name tagger: O, then B- and I- for each name class (person, organisation, place),
/// encoded as 0 for O and 1 + 2 × class (+1 for I).
/// </summary>
public static class NameLabels
{
    public const int Outside = 0;

    /// <summary>The name classes, in label order.</summary>
    public static IReadOnlyList<string> Classes { get; } = ["PER", "ORG", "LOC"];

    static NameLabels()
    {
        if (Count != 1 + (2 * Classes.Count))
        {
            throw new InvalidOperationException("NameLabels.Count must match the name classes.");
        }
    }

    /// <summary>How many labels there are: O, and B- and I- of each of the three classes (a constant, read in the tagger's inner loops).</summary>
    public const int Count = 1 + (2 * 3);

    public static int Begin(int cls) => 1 + (2 * cls);

    public static int Inside(int cls) => 2 + (2 * cls);

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>The class of a B- or I- label; -1 for O.</summary>
    public static int ClassOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>The class of a corpus type ("PER", "person", "ORG", "organization", "LOC", "place"), or -1.</summary>
    public static int ClassOf(string type) => type switch
    {
        "PER" or "person" => 0,
        "ORG" or "organization" => 1,
        "LOC" or "place" => 2,
        _ => -1,
    };

    /// <summary>Whether a label may follow another: I-X only after B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) => !IsInside(label) || (previous != Outside && ClassOf(previous) == ClassOf(label));
}

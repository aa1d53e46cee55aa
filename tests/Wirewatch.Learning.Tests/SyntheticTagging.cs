using Wirewatch.Learning.Tagging;

namespace Wirewatch.Learning.Tests;

/// <summary>A tiny tagging task: determiners, nouns and verbs in a fixed word order, with ambiguous "runs" and "walks".</summary>
internal static class SyntheticTagging
{
    public static readonly string[] TagNames = ["DET", "NOUN", "VERB"];

    private static readonly string[] _determiners = ["the", "a", "every", "some"];
    private static readonly string[] _nouns = ["dog", "cat", "runs", "walks", "bird", "child"];
    private static readonly string[] _verbs = ["runs", "walks", "sleeps", "eats", "sings"];

    /// <summary>Sentences "DET NOUN VERB DET NOUN", deterministic for a seed, tagged so or with <paramref name="tags"/>.</summary>
    public static List<TaggedSentence> Sentences(int count, int seed, int[]? tags = null)
    {
        var random = new Random(seed);
        var sentences = new List<TaggedSentence>(count);
        for (var i = 0; i < count; i++)
        {
            string[] words =
            [
                Pick(random, _determiners), Pick(random, _nouns), Pick(random, _verbs), Pick(random, _determiners), Pick(random, _nouns),
            ];
            sentences.Add(TaggedSentence.FromWords(words, tags ?? [0, 1, 2, 0, 1]));
        }

        return sentences;
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}

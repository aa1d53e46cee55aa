using Wirewatch.Learning.Perceptron;
using Xunit;

namespace Wirewatch.Learning.Tests;

public sealed class SparseWeightsTests
{
    [Fact]
    public void ScoresFeaturesWithFewAndManyClasses()
    {
        // Key 7 keeps its entries in its slot; key 9 has more than fit there; key 5 is unknown.
        var weights = SparseWeights.Create(8, 1f, [
            (7u, [(1, 10), (3, -4)]),
            (9u, [(0, 1), (2, 2), (4, 3), (6, -5), (7, 300)]),
        ]);

        Span<int> scores = stackalloc int[8];
        weights.AddScores([7u, 9u, 5u, 7u], scores);

        Assert.Equal([1, 20, 2, -8, 3, 0, -5, 300], scores.ToArray());
        Assert.Equal(2, weights.FeatureCount);
        Assert.Equal(7, weights.EntryCount);
    }

    [Fact]
    public void ScoresASlotFullOfEntriesAndKeysThatShareAHome()
    {
        // Key 11 has exactly as many entries as a slot holds; the small keys all have slot 0 as their home, so
        // they are found by probing.
        var weights = SparseWeights.Create(8, 1f, [
            (11u, [(2, 1), (3, -1), (5, 7), (6, 2)]),
            (12u, [(7, 4), (0, 1)]),
            (13u, [(1, -3), (2, 5)]),
        ]);

        Span<int> scores = stackalloc int[8];
        weights.AddScores([13u, 11u, 14u, 12u, 11u], scores);

        Assert.Equal([1, -3, 7, -2, 0, 14, 4, 4], scores.ToArray());
        Assert.Equal(8, weights.EntryCount);
    }

    [Fact]
    public void PrefetchingChangesNoScore()
    {
        // uint.MaxValue has the last home slot.
        var weights = SparseWeights.Create(4, 1f, [(21u, [(1, 3), (2, -2)]), (22u, [(3, 9)])]);

        Span<int> scores = stackalloc int[4];
        weights.Prefetch([21u, 22u, 23u, uint.MaxValue]);
        weights.AddScores([uint.MaxValue, 22u, 21u], scores);

        Assert.Equal([0, 3, -2, 9], scores.ToArray());
    }

    [Fact]
    public void FindsKeysThatSpillPastTheLastHomeAndTheFirstOfTwoFeaturesWithOneKey()
    {
        // With 16 home slots, keys from 0xF0000000 up have the last one as their home: the second and third are
        // placed past it. Key 0xF0000002 comes twice: the first feature keeps it.
        var weights = SparseWeights.Create(4, 1f, [
            (0xF0000003u, [(1, 1)]),
            (0xF0000002u, [(2, 10)]),
            (0xF0000001u, [(3, 100)]),
            (0xF0000002u, [(0, 5)]),
            (5u, [(0, 1000)]),
        ]);

        Span<int> scores = stackalloc int[4];
        weights.AddScores([0xF0000001u, 0xF0000002u, 0xF0000003u, 0xF0000004u, 0xF0000000u, 4u, 5u], scores);

        Assert.Equal([1000, 1, 10, 100], scores.ToArray());
        Assert.Equal(4, weights.FeatureCount);
    }

    [Fact]
    public void ScoresMoreFeaturesThanOneBatch()
    {
        var features = Enumerable.Range(1, 200).Select(k => ((uint)k, new (byte, short)[] { ((byte)(k % 3), 1) })).ToList();
        var weights = SparseWeights.Create(3, 1f, features);

        Span<int> scores = stackalloc int[3];
        weights.AddScores([.. Enumerable.Range(1, 200).Select(k => (uint)k)], scores);

        Assert.Equal([66, 67, 67], scores.ToArray());
    }

    [Fact]
    public void GivesBackEveryFeatureItHolds()
    {
        (uint, (byte, short)[])[] features = [(7u, [(1, 10), (3, -4)]), (9u, [(0, 1), (2, 2), (4, 3), (6, -5)]), (11u, [(5, -32768)])];
        var weights = SparseWeights.Create(8, 1f, features);

        var back = weights.Features().OrderBy(f => f.Key).ToList();

        Assert.Equal(features.Select(f => f.Item1), back.Select(f => f.Key));
        Assert.Equal(features.Select(f => f.Item2), back.Select(f => f.Weights));
    }
}

using Wirewatch.Learning.Tagging;
using Xunit;

namespace Wirewatch.Learning.Tests;

public sealed class PerceptronTaggerTests
{
    private static readonly TaggerTrainingOptions _options = new() { Iterations = 5, MinFeatureCount = 1, SureMinCount = 1000 };

    [Fact]
    public void LearnsASmallTaggingTask()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 1), _options);

        var test = SyntheticTagging.Sentences(50, seed: 2);
        var correct = test.Sum(s => tagger.Tag(s).Zip(s.Tags).Count(p => p.First == p.Second));
        Assert.Equal(test.Sum(s => s.Tokens.Length), correct);
    }

    [Fact]
    public void TagsAmbiguousWordsByContext()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 1), _options);

        var sentence = TaggedSentence.FromWords(["the", "walks", "runs", "a", "runs"], [0, 1, 2, 0, 1]);
        Assert.Equal([0, 1, 2, 0, 1], tagger.Tag(sentence));
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var sentences = SyntheticTagging.Sentences(200, seed: 3);
        var first = Save(TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options));
        var second = Save(TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void SavedModelLoadsAndTagsIdentically(int folds)
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 4), _options with { Folds = folds });
        using var stream = new MemoryStream(Save(tagger));
        var loaded = TaggerModelFile.Load(stream);

        Assert.Equal(tagger.TagNames, loaded.TagNames);
        Assert.Equal(folds >= 2, loaded.SecondPass is not null);
        Assert.Equal(tagger.SecondPassMargin, loaded.SecondPassMargin);
        foreach (var sentence in SyntheticTagging.Sentences(100, seed: 5))
        {
            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
        }
    }

    [Fact]
    public void AModelFileWrittenBrotliCompressedAsBeforeStillLoads()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 4), _options with { Folds = 2 });
        var saved = Save(tagger);
        Assert.Equal("WWPT"u8.ToArray(), saved[..4]); // written uncompressed now
        using var stream = new MemoryStream(Compressed(saved));
        var loaded = TaggerModelFile.Load(stream);

        Assert.Equal(tagger.TagNames, loaded.TagNames);
        foreach (var sentence in SyntheticTagging.Sentences(100, seed: 5))
        {
            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
        }
    }

    [Fact]
    public void SecondPassMarginIsSavedWithTheModel()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(200, seed: 7), _options with { Folds = 2, SecondPassMargin = 2.5f });
        using var stream = new MemoryStream(Save(tagger));

        Assert.Equal(2.5f, TaggerModelFile.Load(stream).SecondPassMargin);
    }

    [Fact]
    public void ZeroMarginKeepsTheFirstPassTags()
    {
        var options = _options with { Folds = 2 };
        var sentences = SyntheticTagging.Sentences(300, seed: 8);
        var firstOnly = TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, options with { Folds = 0 });
        var noRetagging = TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, options).WithSecondPassMargin(0);

        foreach (var sentence in SyntheticTagging.Sentences(50, seed: 9))
        {
            Assert.Equal(firstOnly.Tag(sentence), noRetagging.Tag(sentence));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void WordCacheGivesTheSameTags(int folds)
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 10), _options with { Folds = folds, SecondPassMargin = 3f });
        var cache = tagger.CreateWordCache();
        foreach (var sentence in SyntheticTagging.Sentences(100, seed: 11))
        {
            var tags = new int[sentence.Tokens.Length];
            tagger.Tag(sentence.Text, sentence.Tokens, tags, cache);
            Assert.Equal(tagger.Tag(sentence), tags);
        }

        Assert.True(cache.Count > 0);
    }

    [Fact]
    public void WordCacheOfAnotherTaggerIsRefused()
    {
        var sentences = SyntheticTagging.Sentences(50, seed: 12);
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options);
        var other = TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options);
        var sentence = sentences[0];

        Assert.Throws<ArgumentException>(() => tagger.Tag(sentence.Text, sentence.Tokens, new int[sentence.Tokens.Length], other.CreateWordCache()));
    }

    [Fact]
    public void SentencesWithNoCapitalGoToTheCaselessTagger()
    {
        var cased = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 13), _options);
        var reversed = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 13, [2, 1, 0, 2, 1]), _options);
        var tagger = cased.WithCaseless(reversed);
        var cache = tagger.CreateWordCache();

        var lower = TaggedSentence.FromWords(["the", "dog", "sleeps", "a", "cat"], [0, 1, 2, 0, 1]);
        var capital = TaggedSentence.FromWords(["The", "dog", "sleeps", "a", "cat"], [0, 1, 2, 0, 1]);
        Assert.Equal([2, 1, 0, 2, 1], tagger.Tag(lower));
        Assert.Equal(cased.Tag(capital), tagger.Tag(capital));
        var tags = new int[lower.Tokens.Length];
        tagger.Tag(lower.Text, lower.Tokens, tags, cache);
        Assert.Equal([2, 1, 0, 2, 1], tags);
    }

    [Fact]
    public void CaselessTaggerIsTrainedOnLowerCasedTextAndSavedWithTheModel()
    {
        // Capitals mark the nouns here: the caseless tagger must learn them from the words alone.
        var sentences = SyntheticTagging.Sentences(300, seed: 14)
            .Select(s => TaggedSentence.FromWords([.. s.Tokens.Select((_, i) => i % 3 == 1 ? s.Form(i).ToString().ToUpperInvariant() : s.Form(i).ToString())], s.Tags))
            .ToList();
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options with { Caseless = true });
        using var stream = new MemoryStream(Save(tagger));
        var loaded = TaggerModelFile.Load(stream);

        Assert.NotNull(loaded.Caseless);
        var lower = TaggedSentence.FromWords(["the", "dog", "sleeps", "a", "cat"], [0, 1, 2, 0, 1]);
        Assert.Equal([0, 1, 2, 0, 1], loaded.Tag(lower));
        foreach (var sentence in SyntheticTagging.Sentences(50, seed: 15).Concat(sentences.Take(50)))
        {
            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
        }
    }

    [Fact]
    public void EmptySentenceWritesNothing()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(50, seed: 6), _options);
        tagger.Tag(string.Empty, [], []);
    }

    private static byte[] Compressed(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(bytes);
        }

        return compressed.ToArray();
    }

    private static byte[] Save(PerceptronTagger tagger)
    {
        using var stream = new MemoryStream();
        TaggerModelFile.Save(tagger, stream);
        return stream.ToArray();
    }
}

using Wirewatch.Learning.Tagging;
using Xunit;

namespace Wirewatch.Learning.Tests;

public sealed class EasyFirstTaggerTests
{
    private static readonly TaggerTrainingOptions _options = new() { Iterations = 5, MinFeatureCount = 1, SureMinCount = 1000, EasyFirst = true };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LearnsASmallTaggingTask(bool guided)
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 1), _options with { Guided = guided });

        Assert.True(tagger.EasyFirst);
        var test = SyntheticTagging.Sentences(50, seed: 2);
        var correct = test.Sum(s => tagger.Tag(s).Zip(s.Tags).Count(p => p.First == p.Second));
        Assert.Equal(test.Sum(s => s.Tokens.Length), correct);
    }

    [Fact]
    public void LearnsASmallTaggingTaskTaggingClearTokensFromTheirWords()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 1), _options with { EasyFirstTrainingMargin = 2f, EasyFirstMargin = 1f });

        var test = SyntheticTagging.Sentences(50, seed: 2);
        var correct = test.Sum(s => tagger.Tag(s).Zip(s.Tags).Count(p => p.First == p.Second));
        Assert.Equal(test.Sum(s => s.Tokens.Length), correct);
    }

    [Fact]
    public void WordMarginIsSavedWithTheModel()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(200, seed: 7), _options with { EasyFirstMargin = 2.5f });
        using var stream = new MemoryStream(Save(tagger));
        var loaded = TaggerModelFile.Load(stream);

        Assert.Equal(2.5f, loaded.EasyFirstMargin);
        foreach (var sentence in SyntheticTagging.Sentences(50, seed: 8))
        {
            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
        }
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
        Assert.Equal(Save(TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options)), Save(TaggerTrainer.Train(SyntheticTagging.TagNames, sentences, _options)));
    }

    [Fact]
    public void SavedModelLoadsAndTagsIdentically()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 4), _options with { Caseless = true });
        using var stream = new MemoryStream(Save(tagger));
        var loaded = TaggerModelFile.Load(stream);

        Assert.True(loaded.EasyFirst);
        Assert.True(loaded.HasCaseless);
        foreach (var sentence in SyntheticTagging.Sentences(100, seed: 5))
        {
            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
            var lower = sentence.LowerCased();
            Assert.Equal(tagger.Tag(lower), loaded.Tag(lower));
        }

        Assert.True(loaded.Caseless!.EasyFirst);
        Assert.True(loaded.WithEasyFirstMargin(1f).HasCaseless);
    }

    [Fact]
    public void WordCacheGivesTheSameTags()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 10), _options);
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
    public void TagsASentenceLongerThanTheStackBuffers()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(300, seed: 12), _options);
        var parts = SyntheticTagging.Sentences(100, seed: 13);
        var words = parts.SelectMany(s => s.Tokens.Select((_, i) => s.Form(i).ToString())).ToList();
        var gold = parts.SelectMany(s => s.Tags).ToList();
        var sentence = TaggedSentence.FromWords(words, gold);

        var tags = tagger.Tag(sentence);
        var cached = new int[sentence.Tokens.Length];
        tagger.Tag(sentence.Text, sentence.Tokens, cached, tagger.CreateWordCache());

        Assert.True(tags.Zip(gold).Count(p => p.First == p.Second) >= 0.95 * gold.Count);
        Assert.Equal(tags, cached);
    }

    [Fact]
    public void AnEasyFirstTaggerHasNoSecondPass()
    {
        var tagger = TaggerTrainer.Train(SyntheticTagging.TagNames, SyntheticTagging.Sentences(50, seed: 14), _options);

        Assert.Throws<ArgumentException>(() => new PerceptronTagger(tagger.TagNames, tagger.Lexicon, tagger.Weights, tagger.Weights, easyFirst: true));
    }

    private static byte[] Save(PerceptronTagger tagger)
    {
        using var stream = new MemoryStream();
        TaggerModelFile.Save(tagger, stream);
        return stream.ToArray();
    }
}

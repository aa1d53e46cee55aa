using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// Trains a <see cref="PerceptronTagger"/>: builds the tag lexicon, then makes greedy passes over the shuffled
/// sentences, tagging each token with the tags already chosen before it and updating the perceptron on mistakes.
/// With a second pass, the first-pass tags it learns from are jackknifed: each fold of the data is tagged by a
/// first-pass model trained on the other folds, so that they are as good as at tagging time, not better. With a
/// caseless tagger, the same training is done again on a lower-cased copy of the sentences.
/// </summary>
public static class TaggerTrainer
{
    public static PerceptronTagger Train(
        IReadOnlyList<string> tagNames,
        IReadOnlyList<TaggedSentence> sentences,
        TaggerTrainingOptions options,
        Action<string>? progress = null)
    {
        var tagger = TrainCased(tagNames, sentences, options, progress);
        if (!options.Caseless)
        {
            return tagger;
        }

        var caseless = TrainCased(tagNames, TaggedSentence.LowerCased(sentences), options, progress is null ? null : a => progress($"caseless {a}"));
        return tagger.WithCaseless(caseless);
    }

    private static PerceptronTagger TrainCased(
        IReadOnlyList<string> tagNames,
        IReadOnlyList<TaggedSentence> sentences,
        TaggerTrainingOptions options,
        Action<string>? progress)
    {
        var lexicon = BuildLexicon(sentences, options);
        if (options.EasyFirst)
        {
            var weights = EasyFirstTrainer.Train(tagNames.Count, sentences, lexicon, options, progress);
            return new PerceptronTagger(tagNames, lexicon, weights, easyFirst: true, easyFirstMargin: options.EasyFirstMargin);
        }

        var first = TrainPass(tagNames.Count, sentences, lexicon, options, null, progress is null ? null : a => progress($"first pass: {a}"));
        if (options.Folds < 2)
        {
            return new PerceptronTagger(tagNames, lexicon, first);
        }

        var firstTags = new int[sentences.Count][];
        Parallel.For(0, options.Folds, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, fold =>
        {
            var training = sentences.Where((_, i) => i % options.Folds != fold).ToList();
            var foldLexicon = BuildLexicon(training, options);
            var weights = TrainPass(tagNames.Count, training, foldLexicon, options, null, null);
            var tagger = new PerceptronTagger(tagNames, foldLexicon, weights);
            for (var i = fold; i < sentences.Count; i += options.Folds)
            {
                firstTags[i] = tagger.Tag(sentences[i]);
            }

            progress?.Invoke($"jackknife fold {fold + 1}/{options.Folds} tagged");
        });

        var second = TrainPass(tagNames.Count, sentences, lexicon, options, firstTags, progress is null ? null : a => progress($"second pass: {a}"));
        return new PerceptronTagger(tagNames, lexicon, first, second, options.SecondPassMargin);
    }

    private static TagLexicon BuildLexicon(IReadOnlyList<TaggedSentence> sentences, TaggerTrainingOptions options)
        => TagLexicon.Build(sentences, options.SureMinCount, options.SureMinShare, options.ClassMinCount, options.ClassMinShare, options.PairMinCount);

    private static SparseWeights TrainPass(
        int classCount,
        IReadOnlyList<TaggedSentence> sentences,
        TagLexicon lexicon,
        TaggerTrainingOptions options,
        int[][]? firstTags,
        Action<string>? progress)
    {
        var model = new AveragedPerceptron(classCount);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var features = new uint[firstTags is null ? TokenFeatures.Count : TokenFeatures.SecondCount];
        var scores = new float[classCount];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var infos = new TokenInfo[sentence.Tokens.Length + (2 * TokenFeatures.Padding)];
                TokenFeatures.Prepare(sentence.Text, sentence.Tokens, lexicon, infos);
                var next = firstTags?[index];
                int previous = -1, previous2 = -2;
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    var guess = infos[i + TokenFeatures.Padding].SureTag;
                    if (guess < 0)
                    {
                        if (next is null)
                        {
                            TokenFeatures.Extract(infos, i, previous, previous2, features);
                        }
                        else
                        {
                            TokenFeatures.ExtractSecond(infos, i, previous, previous2, i + 1 < next.Length ? next[i + 1] : -1, i + 2 < next.Length ? next[i + 2] : -2, features);
                        }

                        guess = model.Predict(features, scores);
                        model.Update(features, sentence.Tags[i], guess);
                    }

                    correct += guess == sentence.Tags[i] ? 1 : 0;
                    total++;
                    previous2 = previous;
                    previous = guess;
                }
            }

            progress?.Invoke($"iteration {iteration + 1}/{options.Iterations}, training accuracy {(total == 0 ? 0 : correct / (double)total):P2}");
            random.Shuffle(order);
        }

        return model.Average(options.MinFeatureCount, options.MinWeight);
    }
}

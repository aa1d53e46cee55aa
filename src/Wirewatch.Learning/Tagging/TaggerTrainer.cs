using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// Trains a <see cref="PerceptronTagger"/>: builds the tag lexicon, then makes greedy passes over the shuffled
/// sentences, tagging each token with the tags already chosen before it and updating the perceptron on mistakes.
/// </summary>
public static class TaggerTrainer
{
    public static PerceptronTagger Train(
        IReadOnlyList<string> tagNames,
        IReadOnlyList<TaggedSentence> sentences,
        TaggerTrainingOptions options,
        Action<int, double>? progress = null)
    {
        var lexicon = TagLexicon.Build(sentences, options.SureMinCount, options.SureMinShare, options.ClassMinCount, options.ClassMinShare);
        var model = new AveragedPerceptron(tagNames.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<uint> features = stackalloc uint[TokenFeatures.Count];
        var scores = new float[tagNames.Count];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var infos = new TokenInfo[sentence.Tokens.Length + (2 * TokenFeatures.Padding)];
                TokenFeatures.Prepare(sentence.Text, sentence.Tokens, lexicon, infos);
                int previous = -1, previous2 = -2;
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    var guess = infos[i + TokenFeatures.Padding].SureTag;
                    if (guess < 0)
                    {
                        TokenFeatures.Extract(infos, i, previous, previous2, features);
                        guess = model.Predict(features, scores);
                        model.Update(features, sentence.Tags[i], guess);
                    }

                    correct += guess == sentence.Tags[i] ? 1 : 0;
                    total++;
                    previous2 = previous;
                    previous = guess;
                }
            }

            progress?.Invoke(iteration + 1, total == 0 ? 0 : correct / (double)total);
            random.Shuffle(order);
        }

        return new PerceptronTagger(tagNames, lexicon, model.Average(options.MinFeatureCount, options.MinWeight));
    }
}

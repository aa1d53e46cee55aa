using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Names;

/// <summary>
/// Trains a <see cref="NameTagger"/>: greedy passes over the shuffled sentences (fixed seed), each token labelled
/// with the labels already chosen before it, the perceptron updated on mistakes, the weights averaged at the end.
/// </summary>
public static class NameTrainer
{
    public static NameTagger Train(IReadOnlyList<NameSentence> sentences, int iterations, int seed, Action<string>? progress = null)
    {
        var model = new AveragedPerceptron(NameLabels.Count);
        var features = new NameFeatures();
        var keys = new uint[NameFeatures.Count];
        var scores = new float[NameLabels.Count];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var gold = sentence.Labels ?? throw new ArgumentException("Training sentences need labels.", nameof(sentences));
                features.Prepare(sentence);
                var previous = NameLabels.Outside;
                var beforePrevious = NameLabels.Outside;
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    features.Extract(i, previous, beforePrevious, keys);
                    model.Score(keys, scores);
                    var guess = NameLabels.Outside;
                    for (var label = 1; label < scores.Length; label++)
                    {
                        if (scores[label] > scores[guess] && NameLabels.Allowed(previous, label))
                        {
                            guess = label;
                        }
                    }

                    model.Update(keys, gold[i], guess);
                    correct += guess == gold[i] ? 1 : 0;
                    total++;
                    beforePrevious = previous;
                    previous = gold[i];
                }
            }

            progress?.Invoke($"iteration {iteration}/{iterations}: {correct / (double)Math.Max(1, total):P2} of training tokens right");
        }

        return new NameTagger(model.Average(minCount: 1, minWeight: 0.001f));
    }
}

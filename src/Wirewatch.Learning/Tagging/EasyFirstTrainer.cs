using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// Trains the weights of an easy-first tagger (<see cref="EasyFirstDecoder"/>) by tagging the training sentences
/// as the decoder does, with the current weights: when the token chosen (the widest margin) gets a wrong tag, the
/// perceptron is updated on that token. In guided training (Shen, Satta and Joshi 2007) the choice is then made
/// again with the new weights, until a right tag is chosen, so that the tags seen on either side are always right;
/// otherwise the wrong tag is kept, so that the weights learn to live with the mistakes made at tagging time.
/// </summary>
internal static class EasyFirstTrainer
{
    /// <summary>How many updates a sentence may take, per token, in guided training before the gold tag is imposed.</summary>
    private const int GuidedUpdatesPerToken = 2;

    public static SparseWeights Train(
        int classCount,
        IReadOnlyList<TaggedSentence> sentences,
        TagLexicon lexicon,
        TaggerTrainingOptions options,
        Action<string>? progress)
    {
        var model = new AveragedPerceptron(classCount);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[classCount];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            long tokens = 0, mistakes = 0, early = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                tokens += sentence.Tokens.Length;
                mistakes += TrainSentence(model, sentence, lexicon, options, scores, ref early);
            }

            progress?.Invoke($"easy-first iteration {iteration + 1}/{options.Iterations}, wrong choices {(tokens == 0 ? 0 : mistakes / (double)tokens):P2} of tokens, {(tokens == 0 ? 0 : early / (double)tokens):P1} tagged from their words");
            random.Shuffle(order);
        }

        return model.Average(options.MinFeatureCount, options.MinWeight);
    }

    private static int TrainSentence(AveragedPerceptron model, TaggedSentence sentence, TagLexicon lexicon, TaggerTrainingOptions options, float[] scores, ref long early)
    {
        var guided = options.Guided;
        var mistakes = 0;
        var count = sentence.Tokens.Length;
        var infos = new TokenInfo[count + (2 * TokenFeatures.Padding)];
        TokenFeatures.Prepare(sentence.Text, sentence.Tokens, lexicon, infos);
        var tags = new int[count];
        var features = new uint[count * EasyFirstFeatures.Count];
        var choices = new int[count];
        var margins = new float[count];
        var open = 0;
        for (var i = 0; i < count; i++)
        {
            var sure = infos[i + TokenFeatures.Padding].SureTag;
            if (sure >= 0)
            {
                tags[i] = sure;
                continue;
            }

            tags[i] = EasyFirstFeatures.Untagged;
            open++;
            var own = features.AsSpan(i * EasyFirstFeatures.Count, EasyFirstFeatures.Count);
            TokenFeatures.ExtractWord(in infos[i + TokenFeatures.Padding], own);
            EasyFirstFeatures.ExtractStatic(infos, i, own[TokenFeatures.WordCount..]);
            if (!float.IsPositiveInfinity(options.EasyFirstTrainingMargin))
            {
                var words = own[..(TokenFeatures.WordCount + EasyFirstFeatures.StaticCount)];
                var choice = model.Predict(words, scores);
                if (Margin(scores, choice) >= options.EasyFirstTrainingMargin)
                {
                    model.Update(words, sentence.Tags[i], choice);
                    mistakes += choice == sentence.Tags[i] ? 0 : 1;
                    tags[i] = guided ? sentence.Tags[i] : choice;
                    open--;
                    early++;
                }
            }
        }

        RescoreAll(model, infos, tags, features, choices, margins, scores);
        var budget = GuidedUpdatesPerToken * count;
        while (open > 0)
        {
            var best = -1;
            for (var i = 0; i < count; i++)
            {
                if (tags[i] == EasyFirstFeatures.Untagged && (best < 0 || margins[i] > margins[best]))
                {
                    best = i;
                }
            }

            var own = features.AsSpan(best * EasyFirstFeatures.Count, EasyFirstFeatures.Count);
            var gold = sentence.Tags[best];
            var choice = choices[best];
            var updated = choice != gold;
            model.Update(own, gold, choice);
            if (updated)
            {
                mistakes++;
                if (guided && budget-- > 0)
                {
                    RescoreAll(model, infos, tags, features, choices, margins, scores);
                    continue;
                }

                if (guided)
                {
                    choice = gold;
                }
            }

            tags[best] = choice;
            open--;
            if (updated)
            {
                RescoreAll(model, infos, tags, features, choices, margins, scores);
                continue;
            }

            var last = Math.Min(count - 1, best + 2);
            for (var j = Math.Max(0, best - 2); j <= last; j++)
            {
                if (tags[j] == EasyFirstFeatures.Untagged)
                {
                    Score(model, infos, j, tags, features, choices, margins, scores);
                }
            }
        }

        return mistakes;
    }

    private static void RescoreAll(AveragedPerceptron model, TokenInfo[] infos, int[] tags, uint[] features, int[] choices, float[] margins, float[] scores)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] == EasyFirstFeatures.Untagged)
            {
                Score(model, infos, i, tags, features, choices, margins, scores);
            }
        }
    }

    private static void Score(AveragedPerceptron model, TokenInfo[] infos, int i, int[] tags, uint[] features, int[] choices, float[] margins, float[] scores)
    {
        var own = features.AsSpan(i * EasyFirstFeatures.Count, EasyFirstFeatures.Count);
        EasyFirstFeatures.ExtractDynamic(infos, i, tags, own[(TokenFeatures.WordCount + EasyFirstFeatures.StaticCount)..]);
        var choice = model.Predict(own, scores);
        choices[i] = choice;
        margins[i] = Margin(scores, choice);
    }

    private static float Margin(float[] scores, int choice)
    {
        var second = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != choice && scores[c] > second)
            {
                second = scores[c];
            }
        }

        return scores[choice] - second;
    }
}

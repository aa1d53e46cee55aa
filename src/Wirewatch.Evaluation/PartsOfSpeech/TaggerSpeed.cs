using System.Diagnostics;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Evaluation.PartsOfSpeech;

/// <summary>
/// Measures the tagger alone on one thread: tags the given sentences (already tokenized, held in memory) over and
/// over for at least a set time after a warm-up, and reports tokens per second. Also times loading the model file.
/// </summary>
public static class TaggerSpeed
{
    public static EvaluationTable Measure(string modelPath, IReadOnlyList<TaggedSentence> sentences, TimeSpan duration)
    {
        var load = Stopwatch.StartNew();
        var model = PartOfSpeechModel.Load(modelPath);
        load.Stop();

        var tokens = sentences.Sum(s => s.Tokens.Length);
        var tags = new int[sentences.Max(s => s.Tokens.Length)];
        RunOnce(model.Tagger, sentences, tags); // warm-up: JIT and tiered compilation
        RunOnce(model.Tagger, sentences, tags);
        var passes = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            RunOnce(model.Tagger, sentences, tags);
            passes++;
        }

        clock.Stop();
        var table = new EvaluationTable("Tagger speed (one thread, tokens already in memory)", "measure", "value");
        table.Add("model file", $"{new FileInfo(modelPath).Length / 1024.0:N0} KB, {model.Tagger.Weights.FeatureCount:N0} features");
        table.Add("model load time", $"{load.Elapsed.TotalMilliseconds:N0} ms");
        table.Add("tokens tagged", $"{(long)tokens * passes:N0} ({passes} passes over {tokens:N0})");
        table.Add("tokens per second", $"{tokens * (double)passes / clock.Elapsed.TotalSeconds:N0}");
        return table;
    }

    private static void RunOnce(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> sentences, int[] tags)
    {
        foreach (var sentence in sentences)
        {
            tagger.Tag(sentence.Text, sentence.Tokens, tags);
        }
    }
}

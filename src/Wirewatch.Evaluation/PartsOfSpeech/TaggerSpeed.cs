using System.Diagnostics;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Evaluation.PartsOfSpeech;

/// <summary>
/// Measures the tagger alone on one thread: tags the given sentences (already tokenized, held in memory) over and
/// over for at least a set time after a warm-up, and reports tokens per second of wall-clock time and of the
/// process's CPU time (steadier on a busy machine). Also times loading the model file. Sentences are tagged as the
/// pipeline tags them (with a word cache cleared for each document) and without the cache.
/// </summary>
public static class TaggerSpeed
{
    public static EvaluationTable Measure(string modelPath, IReadOnlyList<IReadOnlyList<TaggedSentence>> documents, TimeSpan duration)
    {
        var load = Stopwatch.StartNew();
        var model = PartOfSpeechModel.Load(modelPath);
        load.Stop();

        var tokens = documents.Sum(d => d.Sum(s => s.Tokens.Length));
        var tags = new int[documents.Max(d => d.Max(s => s.Tokens.Length))];
        var cache = model.Tagger.CreateWordCache();
        var taggers = model.Tagger.Caseless is null ? new[] { model.Tagger } : [model.Tagger, model.Tagger.Caseless];
        var features = taggers.Sum(t => t.Weights.FeatureCount + (t.SecondPass?.FeatureCount ?? 0));
        var table = new EvaluationTable("Tagger speed (one thread, tokens already in memory)", "measure", "value");
        table.Add("model file", $"{new FileInfo(modelPath).Length / 1024.0:N0} KB, {features:N0} features{(model.Tagger.Caseless is null ? string.Empty : " (cased and caseless taggers)")}");
        table.Add("model load time", $"{load.Elapsed.TotalMilliseconds:N0} ms");
        foreach (var (name, withCache) in new[] { ("word cache per document", cache), ("no word cache", null) })
        {
            RunOnce(model.Tagger, documents, tags, withCache); // warm-up
            var passes = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                RunOnce(model.Tagger, documents, tags, withCache);
                passes++;
            }

            clock.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            table.Add($"tokens tagged, {name}", $"{(long)tokens * passes:N0} ({passes} passes over {tokens:N0})");
            table.Add($"tokens per second, {name}", $"{tokens * (double)passes / clock.Elapsed.TotalSeconds:N0}");
            table.Add($"tokens per CPU-second, {name}", $"{tokens * (double)passes / cpuSeconds:N0}");
        }

        return table;
    }

    private static void RunOnce(PerceptronTagger tagger, IReadOnlyList<IReadOnlyList<TaggedSentence>> documents, int[] tags, TaggerWordCache? cache)
    {
        foreach (var document in documents)
        {
            cache?.Clear();
            foreach (var sentence in document)
            {
                tagger.Tag(sentence.Text, sentence.Tokens, tags, cache);
            }
        }
    }
}

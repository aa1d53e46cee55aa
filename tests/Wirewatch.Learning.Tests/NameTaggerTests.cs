using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Learning.Tests;

public class NameTaggerTests
{
    private const int Person = 0;
    private const int Place = 2;

    [Fact]
    public void Labels_become_names_and_an_inside_label_never_follows_outside()
    {
        int[] labels = [NameLabels.Outside, NameLabels.Begin(Person), NameLabels.Inside(Person), NameLabels.Begin(Place), NameLabels.Outside];

        Assert.Equal([(1, 3, Person), (3, 4, Place)], NameTagger.Spans(labels));
        Assert.False(NameLabels.Allowed(NameLabels.Outside, NameLabels.Inside(Person)));
        Assert.False(NameLabels.Allowed(NameLabels.Begin(Place), NameLabels.Inside(Person)));
        Assert.True(NameLabels.Allowed(NameLabels.Begin(Person), NameLabels.Inside(Person)));
    }

    [Fact]
    public void The_tagger_learns_names_from_context_and_survives_a_save_and_load()
    {
        var training = new List<NameSentence>();
        foreach (var name in new[] { "Peskov", "Kirby", "Lavrov", "Ryabkov", "Rogov", "Putin" })
        {
            training.Add(Sentence($"spokesman {name} said it", [0, NameLabels.Begin(Person), 0, 0]));
            training.Add(Sentence($"they met in {name}ville today", [0, 0, 0, NameLabels.Begin(Place), 0]));
        }

        var tagger = NameTrainer.Train(training, iterations: 5, seed: 1);
        var path = Path.Combine(Path.GetTempPath(), $"names-{Guid.NewGuid():N}.bin");
        try
        {
            NameModelFile.Save(tagger, path);
            var loaded = NameModelFile.Load(path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal("WWNN"u8.ToArray(), bytes[..4]); // written uncompressed now; Brotli-compressed as before, it still loads
            using (var compressed = new System.IO.Compression.BrotliStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            {
                compressed.Write(bytes);
            }

            var loadedCompressed = NameModelFile.Load(path);
            foreach (var model in new[] { tagger, loaded, loadedCompressed })
            {
                var test = Sentence("spokesman Zakharova said it", null);
                var labels = new int[4];
                model.Tag(test, labels);
                Assert.Equal([0, NameLabels.Begin(Person), 0, 0], labels);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static NameSentence Sentence(string text, int[]? labels)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (var word in text.Split(' '))
        {
            spans.Add(new TextSpan(start, start + word.Length));
            start += word.Length + 1;
        }

        var count = spans.Count;
        return new NameSentence(text, [.. spans], new PartOfSpeech[count], new NameHintFlags[count], labels);
    }
}

using BenchmarkDotNet.Attributes;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Benchmarks;

/// <summary>
/// The part-of-speech tagger alone on one thread: tags EWT's test file, already tokenized and held in memory.
/// Tokens per second = <see cref="Tokens"/> / the mean time of one operation.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmark
{
    private PerceptronTagger _tagger = null!;
    private List<TaggedSentence> _sentences = null!;
    private int[] _tags = [];

    /// <summary>Tokens tagged in one operation.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var shared = SharedData.Locate();
        _tagger = PartOfSpeechModel.Default.Tagger;
        _sentences = [.. PartOfSpeechCorpora.Sentences([PartOfSpeechCorpora.EwtTest(shared)])];
        _tags = new int[_sentences.Max(s => s.Tokens.Length)];
        Tokens = _sentences.Sum(s => s.Tokens.Length);
        Console.WriteLine($"// {Tokens:N0} tokens per operation");
    }

    [Benchmark]
    public int TagEwtTest()
    {
        var last = 0;
        foreach (var sentence in _sentences)
        {
            _tagger.Tag(sentence.Text, sentence.Tokens, _tags);
            last += _tags[0];
        }

        return last;
    }

    [Benchmark]
    public PerceptronTagger LoadModel() => TaggerModelFile.Load(Path.Combine(AppContext.BaseDirectory, "data", PartOfSpeechModel.DataPath));
}

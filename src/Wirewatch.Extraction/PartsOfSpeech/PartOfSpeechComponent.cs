using System.Buffers;
using Wirewatch.Core;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Extraction.PartsOfSpeech;

/// <summary>
/// Adds a universal part-of-speech tag to every token, tagging each sentence from the folded text. What depends on
/// a word alone is worked out once per distinct word of a document (a word cache per thread, cleared per document).
/// </summary>
public sealed class PartOfSpeechComponent : IPipelineComponent
{
    [ThreadStatic]
    private static TaggerWordCache? _cache;

    private readonly PartOfSpeechModel _model;

    public PartOfSpeechComponent(PartOfSpeechModel model)
    {
        _model = model;
    }

    public string Name => "parts of speech";

    public Layers Needs => Layers.FoldedText | Layers.Tokens | Layers.Sentences;

    public Layers Adds => Layers.PartsOfSpeech;

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        var text = document.FoldedText;
        var tags = new PartOfSpeech[tokens.Count];
        var spans = ArrayPool<TextSpan>.Shared.Rent(tokens.Count);
        var classes = ArrayPool<int>.Shared.Rent(tokens.Count);
        var cache = _cache;
        if (cache is null || cache.Tagger != _model.Tagger)
        {
            _cache = cache = _model.Tagger.CreateWordCache();
        }

        cache.Clear();
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                spans[i] = tokens[i].Span;
            }

            var next = 0;
            foreach (var sentence in document.Sentences)
            {
                while (next < tokens.Count && tokens[next].End <= sentence.Start)
                {
                    TagAlone(text, spans, classes, tags, next++, cache);
                }

                var first = next;
                while (next < tokens.Count && tokens[next].Start < sentence.End)
                {
                    next++;
                }

                _model.Tag(text, spans.AsSpan(first, next - first), classes, tags.AsSpan(first, next - first), cache);
            }

            while (next < tokens.Count)
            {
                TagAlone(text, spans, classes, tags, next++, cache);
            }
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(spans);
            ArrayPool<int>.Shared.Return(classes);
        }

        document.PartsOfSpeech = tags;
    }

    // A token outside every sentence (the sentence layer should leave none): tagged as a sentence of its own.
    private void TagAlone(string text, TextSpan[] spans, int[] classes, PartOfSpeech[] tags, int index, TaggerWordCache cache)
        => _model.Tag(text, spans.AsSpan(index, 1), classes, tags.AsSpan(index, 1), cache);
}

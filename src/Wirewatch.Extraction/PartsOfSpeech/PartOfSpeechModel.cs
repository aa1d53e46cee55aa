using Wirewatch.Core;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Extraction.PartsOfSpeech;

/// <summary>
/// The part-of-speech tagger with its tags mapped to <see cref="PartOfSpeech"/>: a <see cref="PerceptronTagger"/>
/// whose tag names are the UPOS names ("NOUN", "PROPN"). Immutable and thread-safe.
/// </summary>
public sealed class PartOfSpeechModel
{
    /// <summary>Where the shipped model lives, relative to the data folder.</summary>
    public const string DataPath = "models/pos-perceptron.bin";

    private static readonly Lazy<PartOfSpeechModel> _default = new(() => Load(DataFiles.PathOf(DataPath)));

    private readonly PartOfSpeech[] _byClass;

    public PartOfSpeechModel(PerceptronTagger tagger)
    {
        Tagger = tagger;
        _byClass = [.. tagger.TagNames.Select(Parse)];
    }

    /// <summary>The model shipped in the data folder, loaded once.</summary>
    public static PartOfSpeechModel Default => _default.Value;

    public PerceptronTagger Tagger { get; }

    /// <summary>The UPOS tag names in class order: the order of <see cref="PartOfSpeech"/>.</summary>
    public static IReadOnlyList<string> TagNames { get; } = [.. Enum.GetValues<PartOfSpeech>().Select(NameOf)];

    public static PartOfSpeechModel Load(string path) => new(TaggerModelFile.Load(path));

    /// <summary>The UPOS name of a tag ("PROPN").</summary>
    public static string NameOf(PartOfSpeech tag) => tag.ToString().ToUpperInvariant();

    /// <summary>The tag of a UPOS name, or an error naming it.</summary>
    public static PartOfSpeech Parse(string name)
        => Enum.TryParse<PartOfSpeech>(name, ignoreCase: true, out var tag) && NameOf(tag) == name
            ? tag
            : throw new WirewatchException(ErrorCode.MissingData, $"'{name}' is not a universal part-of-speech tag");

    public PartOfSpeech FromClass(int index) => _byClass[index];

    /// <summary>Tags one sentence's tokens, spans over <paramref name="text"/> (the folded text).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> classes, Span<PartOfSpeech> tags)
        => Tag(text, tokens, classes, tags, null);

    /// <summary>Tags one sentence's tokens, taking words already seen from <paramref name="cache"/> (made by this model's <see cref="Tagger"/>).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> classes, Span<PartOfSpeech> tags, TaggerWordCache? cache)
    {
        Tagger.Tag(text, tokens, classes, cache);
        for (var i = 0; i < tokens.Length; i++)
        {
            tags[i] = _byClass[classes[i]];
        }
    }
}

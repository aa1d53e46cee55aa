using Wirewatch.Core;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Adds the names layer: the statistical name tagger labels people, organisations and places sentence by
/// sentence; places are then typed as GPE when the gazetteer knows them, FAC when they end in a facility word
/// ("Square", "Plant"), else LOC; rules mend what the article's evidence makes clear (<see cref="NameRules"/>);
/// the names are made to agree across the article (<see cref="NameConsistency"/>);
/// nationality words outside names ("Russian", "Ukrainians") are NORP.
/// </summary>
public sealed class NameTaggerComponent : IPipelineComponent
{
    private readonly NameTagger _tagger;
    private readonly NameHints _hints;
    private readonly EntityLexicon _lexicon;
    private readonly NameRules _rules;

    public NameTaggerComponent(NameTagger tagger, NameHints hints, EntityLexicon lexicon)
    {
        _tagger = tagger;
        _hints = hints;
        _lexicon = lexicon;
        _rules = new NameRules(lexicon);
    }

    public string Name => "names";

    public Layers Needs => Layers.FoldedText | Layers.Tokens | Layers.Sentences | Layers.PartsOfSpeech;

    public Layers Adds => Layers.Names;

    public void Process(Document document)
    {
        var hints = _hints.For(document, out var matches);
        var tokens = document.Tokens;
        var found = new List<(int First, int End, EntityType Type)>();
        var labels = new int[64];
        var spans = new List<(int First, int End, int Class)>();
        foreach (var (sentence, first) in NameSentences.Of(document, hints))
        {
            if (labels.Length < sentence.Tokens.Length)
            {
                labels = new int[sentence.Tokens.Length * 2];
            }

            var sentenceLabels = labels.AsSpan(0, sentence.Tokens.Length);
            _tagger.Tag(sentence, sentenceLabels);
            spans.Clear();
            NameTagger.AddSpans(sentenceLabels, spans);
            foreach (var (start, end, cls) in spans)
            {
                var firstToken = first + start;
                var endToken = first + end;
                while (endToken - 1 > firstToken && IsPossessive(document, tokens[endToken - 1]))
                {
                    endToken--;
                }

                if (cls == 0)
                {
                    firstToken = AfterTitle(document, firstToken, endToken);
                }

                var type = cls switch
                {
                    0 => EntityType.Person,
                    1 => EntityType.Org,
                    _ => PlaceType(document, hints, firstToken, endToken),
                };
                found.Add((firstToken, endToken, type));
            }
        }

        var properlyCased = NameConsistency.IsProperlyCased(document);
        found = _rules.Apply(document, hints, found, properlyCased);
        found = NameConsistency.Apply(document, hints, found, properlyCased, _lexicon);
        var covered = new bool[tokens.Count];
        var names = new List<NameMention>(found.Count);
        foreach (var (first, end, type) in found)
        {
            names.Add(new NameMention(new TextSpan(tokens[first].Start, tokens[end - 1].End), type));
            covered.AsSpan(first, end - first).Fill(true);
        }

        foreach (var demonym in matches.Demonyms)
        {
            if (demonym.EndToken <= covered.Length && !covered.AsSpan(demonym.FirstToken, demonym.EndToken - demonym.FirstToken).Contains(true))
            {
                names.Add(new NameMention(demonym.Span, EntityType.Norp));
            }
        }

        names.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.Names = names;
    }

    // A person's name starts after the title before it, with the title's qualifiers: "CEO Steve Jobs",
    // "President Obama", "Kremlin spokesman Dmitry Peskov", "Deputy Foreign Minister Sergei Ryabkov" name
    // "Steve Jobs", "Obama", "Dmitry Peskov", "Sergei Ryabkov"; the title is a role.
    private int AfterTitle(Document document, int first, int end)
    {
        var start = first;
        for (var t = first; t < end - 1; t++)
        {
            if (_lexicon.IsTitleWord(WordOf(document, document.Tokens[t])))
            {
                start = t + 1;
            }
        }

        return start;
    }

    private EntityType PlaceType(Document document, NameHintFlags[] hints, int first, int end)
    {
        if (_lexicon.IsFacilityHead(WordOf(document, document.Tokens[end - 1])))
        {
            return EntityType.Fac;
        }

        return (hints[first] & NameHintFlags.PlaceBegin) != 0 ? EntityType.Gpe : EntityType.Loc;
    }

    private static bool IsPossessive(Document document, Token token)
        => token.Kind == TokenKind.Clitic && WordOf(document, token) is "'s" or "'" or "'S";

    private static ReadOnlySpan<char> WordOf(Document document, Token token) => document.FoldedText.AsSpan(token.Start, token.Span.Length);
}

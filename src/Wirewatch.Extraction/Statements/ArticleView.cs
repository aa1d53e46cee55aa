using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// What the statement finders read of a document: lower-case folded words, parts of speech, the sentence and
/// paragraph of every token, and the entity mentions by position.
/// </summary>
internal sealed class ArticleView
{
    private readonly (TextSpan Span, string EntityId, string? StandsFor, MentionKind Kind, EntityType Type)[] _mentions;

    public ArticleView(Document document)
    {
        Document = document;
        var tokens = document.Tokens;
        Words = new string[tokens.Count];
        var folded = document.FoldedText;
        for (var i = 0; i < tokens.Count; i++)
        {
            Words[i] = folded.Substring(tokens[i].Start, tokens[i].Span.Length).ToLowerInvariant();
        }

        Tags = document.PartsOfSpeech;
        SentenceTokens = TokenRanges(document.Sentences, tokens);
        ParagraphOfSentence = new int[document.Sentences.Count];
        var paragraph = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            while (paragraph < document.Paragraphs.Count - 1 && document.Paragraphs[paragraph].End <= document.Sentences[s].Start)
            {
                paragraph++;
            }

            ParagraphOfSentence[s] = paragraph;
        }

        InQuotation = Quotations(document, Words, SentenceTokens, ParagraphOfSentence);
        HasQuotationMarks = Array.Exists(Words, w => w is "\"" or "``" or "''");
        _mentions = [.. document.Entities
            .SelectMany(e => e.Mentions.Select(m => (m.Span, e.Id, m.StandsFor, m.Kind, e.Type)))
            .OrderBy(m => m.Span.Start)];
    }

    public Document Document { get; }

    public IReadOnlyList<Token> Tokens => Document.Tokens;

    public string[] Words { get; }

    public IReadOnlyList<PartOfSpeech> Tags { get; }

    /// <summary>The tokens of each sentence, as [first, end) token indices.</summary>
    public (int First, int End)[] SentenceTokens { get; }

    public int[] ParagraphOfSentence { get; }

    /// <summary>For each token, whether it stands between an opening double quotation mark and its closing one (a
    /// quotation ends with its paragraph at the latest); the marks themselves are outside.</summary>
    public bool[] InQuotation { get; }

    /// <summary>Whether the article prints double quotation marks at all (many feeds strip them).</summary>
    public bool HasQuotationMarks { get; }

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);

    public bool IsPunctuation(int i) => Tokens[i].Kind == TokenKind.Punctuation;

    /// <summary>A first-person word, not the capitalised "US" of the United States.</summary>
    public bool IsFirstPerson(int i, WordSets words)
        => words.FirstPerson.Contains(Words[i]) && !(Words[i] == "us" && Document.Text[Tokens[i].Start] == 'U' && Document.Text[Tokens[i].Start + 1] == 'S');

    public bool IsQuote(int i) => Words[i] is "\"" or "'" or "``" or "''";

    /// <summary>A double quotation mark: straight, curly (folded to straight), "``" or the doubled apostrophes "''".</summary>
    public bool IsDoubleQuote(int i) => Words[i] is "\"" or "``" or "''";

    /// <summary>The entity best named by the words of a span: a person named in it, else the longest mention in it.</summary>
    public string? EntityIn(TextSpan span)
    {
        string? best = null;
        var bestScore = -1;
        foreach (var m in MentionsIn(span))
        {
            if (m.Type == EntityType.Person && IsPossessor(m.Span, span))
            {
                continue; // "Thomas' sister pleaded", "Trump's lawyer said": the person whose sister or lawyer it is does not speak
            }

            var score = (m.Type == EntityType.Person ? 1000 : 0) + (m.Kind == MentionKind.Name ? 500 : 0) + m.Span.Length;
            if (score > bestScore)
            {
                bestScore = score;
                best = m.EntityId;
            }
        }

        return best;
    }

    /// <summary>A mention followed inside the span by a possessive ending ("Thomas'", "Trump's") names a possessor.</summary>
    private bool IsPossessor(TextSpan mention, TextSpan span)
    {
        var text = Document.FoldedText;
        return mention.End < span.End && text[mention.End] == '\''
            && (mention.End + 1 == span.End || !char.IsLetter(text[mention.End + 1]) || text[mention.End + 1] is 's' or 'S' && (mention.End + 2 == span.End || !char.IsLetter(text[mention.End + 2])));
    }

    /// <summary>The entities mentioned in a span; metonyms count both for themselves and for what they stand for.</summary>
    public IEnumerable<string> EntitiesIn(TextSpan span)
    {
        foreach (var m in MentionsIn(span))
        {
            yield return m.EntityId;
            if (m.StandsFor is not null)
            {
                yield return m.StandsFor;
            }
        }
    }

    /// <summary>The entity type of an entity id, by its first mention.</summary>
    public EntityType? TypeOf(string entityId)
    {
        foreach (var m in _mentions)
        {
            if (m.EntityId == entityId)
            {
                return m.Type;
            }
        }

        return null;
    }

    private IEnumerable<(TextSpan Span, string EntityId, string? StandsFor, MentionKind Kind, EntityType Type)> MentionsIn(TextSpan span)
    {
        var lo = 0;
        var hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = Math.Max(0, lo - 4); i < _mentions.Length && _mentions[i].Span.Start < span.End; i++)
        {
            if (_mentions[i].Span.Overlaps(span))
            {
                yield return _mentions[i];
            }
        }
    }

    /// <summary>Pairs the double quotation marks of each paragraph: a curly opening mark or "``" opens, a curly closing
    /// mark closes, a straight mark or "''" does whichever the position asks.</summary>
    private static bool[] Quotations(Document document, string[] words, (int First, int End)[] sentences, int[] paragraphOfSentence)
    {
        var inside = new bool[words.Length];
        var open = false;
        for (var s = 0; s < sentences.Length; s++)
        {
            if (s == 0 || paragraphOfSentence[s] != paragraphOfSentence[s - 1])
            {
                open = false;
            }

            for (var i = sentences[s].First; i < sentences[s].End; i++)
            {
                if (words[i] is not ("\"" or "``" or "''"))
                {
                    inside[i] = open;
                    continue;
                }

                open = document.Text[document.Tokens[i].Start] switch
                {
                    '\u201C' or '\u201E' or '`' => true,
                    '\u201D' => false,
                    _ => !open,
                };
            }
        }

        return inside;
    }

    private static (int First, int End)[] TokenRanges(IReadOnlyList<TextSpan> sentences, IReadOnlyList<Token> tokens)
    {
        var ranges = new (int, int)[sentences.Count];
        var t = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            while (t < tokens.Count && tokens[t].End <= sentences[s].Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Start < sentences[s].End)
            {
                t++;
            }

            ranges[s] = (first, t);
        }

        return ranges;
    }
}

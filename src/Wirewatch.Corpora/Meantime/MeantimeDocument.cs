using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Wirewatch.Core;

namespace Wirewatch.Corpora.Meantime;

/// <summary>
/// A MEANTIME (NewsReader) document: its tokens laid out as running text (title and dateline on lines of
/// their own), the span of each token, its creation date and its entity mentions. MEANTIME annotates only the
/// first sentences of each article (the title, the dateline and about four more); the text is cut after the
/// last sentence that holds an annotation, so that what is not annotated is not scored.
/// </summary>
public sealed class MeantimeDocument
{
    private MeantimeDocument(string name, string text, IReadOnlyList<TextSpan> tokens, DateOnly? date, IReadOnlyList<MeantimeEntityMention> mentions)
    {
        Name = name;
        Text = text;
        Tokens = tokens;
        Date = date;
        EntityMentions = mentions;
    }

    public string Name { get; }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Tokens { get; }

    public DateOnly? Date { get; }

    public IReadOnlyList<MeantimeEntityMention> EntityMentions { get; }

    public static IEnumerable<MeantimeDocument> ReadFolder(string folder)
        => Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read);

    public static MeantimeDocument Read(string path)
    {
        var root = XDocument.Load(path).Root ?? throw new WirewatchException(ErrorCode.MissingData, $"{path}: no XML root");
        var allTokens = root.Elements("token").ToList();
        var sentenceOf = allTokens.ToDictionary(t => (string)t.Attribute("t_id")!, SentenceOf, StringComparer.Ordinal);
        var lastAnnotated = root.Descendants("token_anchor").Select(a => sentenceOf.GetValueOrDefault((string)a.Attribute("t_id")!, -1)).DefaultIfEmpty(-1).Max();
        var tokenElements = allTokens.Where(t => SentenceOf(t) <= lastAnnotated).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringBuilder();
        var spans = new List<TextSpan>(tokenElements.Count);
        var previousSentence = -1;
        var openQuote = false;
        string? previous = null;
        foreach (var element in tokenElements)
        {
            var form = element.Value;
            var sentence = SentenceOf(element);
            if (text.Length > 0)
            {
                if (sentence != previousSentence && previousSentence <= 1)
                {
                    text.Append("\n\n"); // the title and the dateline stand on lines of their own
                }
                else if (Detokenizer.NeedsSpace(previous, form, openQuote))
                {
                    text.Append(' ');
                }
            }

            if (form == "\"")
            {
                openQuote = !openQuote;
            }

            index[(string)element.Attribute("t_id")!] = spans.Count;
            spans.Add(new TextSpan(text.Length, text.Length + form.Length));
            text.Append(form);
            previousSentence = sentence;
            previous = form;
        }

        var markables = root.Element("Markables");
        var entities = markables?.Elements("ENTITY").ToDictionary(e => (string)e.Attribute("m_id")!, e => (string?)e.Attribute("ent_type"), StringComparer.Ordinal)
            ?? [];
        var refersTo = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in root.Element("Relations")?.Elements("REFERS_TO") ?? [])
        {
            var target = (string?)relation.Element("target")?.Attribute("m_id");
            foreach (var source in relation.Elements("source"))
            {
                if (target is not null)
                {
                    refersTo[(string)source.Attribute("m_id")!] = target;
                }
            }
        }

        var mentions = new List<MeantimeEntityMention>();
        foreach (var mention in markables?.Elements("ENTITY_MENTION") ?? [])
        {
            var anchors = mention.Elements("token_anchor").Select(a => index.GetValueOrDefault((string)a.Attribute("t_id")!, -1)).Where(i => i >= 0).Order().ToList();
            if (anchors.Count == 0)
            {
                continue;
            }

            var entityId = refersTo.GetValueOrDefault((string)mention.Attribute("m_id")!);
            var type = entityId is null ? null : entities.GetValueOrDefault(entityId);
            mentions.Add(new MeantimeEntityMention((string?)mention.Attribute("syntactic_type") ?? string.Empty, type, entityId, anchors[0], anchors[^1] + 1, (string?)mention.Attribute("head") ?? string.Empty));
        }

        var creation = markables?.Elements("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME");
        DateOnly? date = DateOnly.TryParseExact((string?)creation?.Attribute("value"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new MeantimeDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), spans, date, mentions);
    }

    private static int SentenceOf(XElement token) => int.Parse((string?)token.Attribute("sentence") ?? "0", CultureInfo.InvariantCulture);
}

using Wirewatch.Core;

namespace Wirewatch.Corpora.Conll;

/// <summary>
/// Reads named-entity data in CoNLL columns (wikigold, Broad Twitter Corpus): a token and its tag on each line
/// (space- or tab-separated, the tag last), a blank line between sentences, <c>-DOCSTART-</c> lines skipped.
/// IOB1 tags (wikigold: "I-PER" may open a name) are turned into spans the same way as BIO2.
/// </summary>
public static class ConllNerReader
{
    public static IEnumerable<ConllNerSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: NER file not found");
        }

        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                {
                    yield return new ConllNerSentence(words, Spans(tags));
                    words = [];
                    tags = [];
                }

                continue;
            }

            var cut = line.LastIndexOfAny([' ', '\t']);
            if (cut <= 0)
            {
                continue;
            }

            words.Add(line[..cut].Trim());
            tags.Add(line[(cut + 1)..]);
        }

        if (words.Count > 0)
        {
            yield return new ConllNerSentence(words, Spans(tags));
        }
    }

    // Names as [first, end) word ranges with their type ("PER", "ORG", "LOC", "MISC").
    private static List<(int First, int End, string Type)> Spans(List<string> tags)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var tagType = prefix == 'O' ? null : tag[2..];
            var continues = prefix == 'I' && tagType == type;
            if (type is not null && !continues)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (tagType is not null && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }
}

/// <summary>One sentence of CoNLL NER data: its words and its names as word ranges with their type.</summary>
public sealed record ConllNerSentence(IReadOnlyList<string> Words, IReadOnlyList<(int First, int End, string Type)> Names);

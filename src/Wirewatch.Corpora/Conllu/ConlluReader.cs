using Wirewatch.Core;

namespace Wirewatch.Corpora.Conllu;

/// <summary>Reads CoNLL-U files (Universal Dependencies) into documents, sentences, tokens and words.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluDocument> ReadDocuments(string path)
    {
        if (!File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: CoNLL-U file not found");
        }

        string? docId = null;
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        var sentences = new List<ConlluSentence>();
        var tokens = new List<ConlluToken>();
        string? sentenceId = null;
        var startsParagraph = false;
        var sentenceCount = 0;
        (string Form, int Last, bool SpaceAfter)? multiword = null;
        var pendingWords = new List<ConlluWord>();

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new ConlluSentence(sentenceId ?? $"s{sentenceCount}", startsParagraph, tokens));
                    sentenceCount++;
                }

                tokens = [];
                sentenceId = null;
                startsParagraph = false;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    if (sentences.Count > 0)
                    {
                        yield return new ConlluDocument(docId ?? $"doc{sentenceCount}", meta, sentences);
                    }

                    docId = ValueOf(line) ?? $"doc{sentenceCount}";
                    meta = new Dictionary<string, string>(StringComparer.Ordinal);
                    sentences = [];
                    startsParagraph = true;
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
                {
                    startsParagraph = true;
                }
                else if (line.StartsWith("# sent_id", StringComparison.Ordinal))
                {
                    sentenceId = ValueOf(line);
                }
                else if (line.StartsWith("# meta::", StringComparison.Ordinal))
                {
                    var equals = line.IndexOf(" = ", StringComparison.Ordinal);
                    if (equals > 0)
                    {
                        meta[line["# meta::".Length..equals]] = line[(equals + 3)..];
                    }
                }

                continue;
            }

            var columns = line.Split('\t');
            var id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue; // an empty node of the enhanced graph: no surface form
            }

            var spaceAfter = !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                multiword = (columns[1], int.Parse(id[(dash + 1)..]), spaceAfter);
                pendingWords = [];
                continue;
            }

            var word = new ConlluWord(columns[1], columns[2], columns[3], columns[4], columns[9]);
            if (multiword is { } mwt)
            {
                pendingWords.Add(word);
                if (int.Parse(id) == mwt.Last)
                {
                    tokens.Add(new ConlluToken(mwt.Form, pendingWords, mwt.SpaceAfter));
                    multiword = null;
                }

                continue;
            }

            tokens.Add(new ConlluToken(word.Form, [word], spaceAfter));
        }

        if (tokens.Count > 0)
        {
            sentences.Add(new ConlluSentence(sentenceId ?? $"s{sentenceCount}", startsParagraph, tokens));
        }

        if (sentences.Count > 0)
        {
            yield return new ConlluDocument(docId ?? "doc", meta, sentences);
        }
    }

    private static string? ValueOf(string comment)
    {
        var equals = comment.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? null : comment[(equals + 1)..].Trim();
    }
}

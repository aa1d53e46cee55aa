using Wirewatch.Corpora.Conll;

namespace Wirewatch.Extraction.Entities.Training;

/// <summary>
/// Builds the list of first names (<c>data/entities/first-names.txt</c>): the first words of the person names of
/// two or more words in CoNLL name-tagged corpora (wikigold, the Broad Twitter Corpus), lower-cased, met at least
/// <see cref="MinimumCount"/> times, less the words a treebank (UD English-EWT) writes in lower case as ordinary
/// words ("will", "mark", "rose"): what is left names a person wherever it stands before a surname.
/// </summary>
public static class FirstNameBuilder
{
    /// <summary>How many person names must start with a word for it to be listed.</summary>
    public const int MinimumCount = 2;

    /// <summary>The ordinary words of a treebank, in ordinal order (see <see cref="Gazetteers.Building.CommonWords"/>).</summary>
    public static IReadOnlyList<string> CommonWords(string treebankPath)
        => [.. Gazetteers.Building.CommonWords.FromConllu(treebankPath).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Build(IEnumerable<string> conllPaths, IReadOnlyList<string> commonWords)
    {
        var common = commonWords.ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in conllPaths)
        {
            foreach (var sentence in ConllNerReader.Read(path))
            {
                foreach (var (first, end, type) in sentence.Names)
                {
                    if (type != "PER" || end - first < 2)
                    {
                        continue;
                    }

                    var word = sentence.Words[first];
                    if (word.Length >= 2 && IsLetters(word))
                    {
                        var key = word.ToLowerInvariant();
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return counts
            .Where(c => c.Value >= MinimumCount && !common.Contains(c.Key))
            .Select(c => c.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes a word list, one word a line, after a header comment naming its sources.</summary>
    public static void Write(string path, IReadOnlyList<string> names, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine(header);
        writer.WriteLine("# Built by 'wirewatch train name-words'; do not edit by hand.");
        foreach (var name in names)
        {
            writer.WriteLine(name);
        }
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

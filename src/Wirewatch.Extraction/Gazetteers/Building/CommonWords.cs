namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>
/// English words that are written in lower case and are not proper nouns at least twice in a treebank
/// (UD English-EWT): a place that shares one ("Bar", "Mobile", "Police") matches only text with a capital.
/// </summary>
internal static class CommonWords
{
    public static HashSet<string> FromConllu(string path)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 4 || columns[3] == "PROPN" || !IsLowerWord(columns[1]))
            {
                continue;
            }

            counts[columns[1]] = counts.GetValueOrDefault(columns[1]) + 1;
        }

        return counts.Where(c => c.Value >= 2).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsLowerWord(string form)
    {
        foreach (var c in form)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return form.Length > 0;
    }
}

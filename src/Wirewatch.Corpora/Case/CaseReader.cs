namespace Wirewatch.Corpora.Case;

/// <summary>Reads CASE 2021 task 2 data: an input file of "id TAB text" lines and an output file of "id TAB code" lines.</summary>
public static class CaseReader
{
    public static IReadOnlyList<CaseSnippet> Read(string inputPath, string goldPath)
    {
        var gold = File.ReadLines(goldPath).Select(l => l.Split('\t')).Where(p => p.Length >= 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        return File.ReadLines(inputPath).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2 && gold.ContainsKey(p[0].Trim()))
            .Select(p => new CaseSnippet(p[0].Trim(), p[1].Trim(), gold[p[0].Trim()])).ToList();
    }
}

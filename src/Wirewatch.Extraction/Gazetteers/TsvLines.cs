using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Reads the gazetteers' tab-separated files: <c>#</c> lines and blank lines skipped, the header row skipped.</summary>
internal static class TsvLines
{
    public static IEnumerable<string[]> Read(string path, int minimumColumns, bool hasHeader = false)
    {
        var number = 0;
        var headerSeen = !hasHeader;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < minimumColumns)
            {
                throw new WirewatchException(ErrorCode.MissingData, $"{path}:{number}: expected {minimumColumns} tab-separated columns, found {columns.Length}");
            }

            yield return columns;
        }
    }
}

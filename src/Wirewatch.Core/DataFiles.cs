namespace Wirewatch.Core;

/// <summary>
/// Finds the engine's data files (word lists, models). They ship in <c>data/</c> beside the binaries;
/// the environment variable <c>WIREWATCH_DATA</c> points elsewhere when set.
/// </summary>
public static class DataFiles
{
    public const string EnvironmentVariable = "WIREWATCH_DATA";

    public static string Root
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrEmpty(fromEnvironment) ? Path.Combine(AppContext.BaseDirectory, "data") : fromEnvironment;
        }
    }

    /// <summary>The full path of a data file, given relative to the data folder ("text/abbreviations.txt").</summary>
    public static string PathOf(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: data file not found (set {EnvironmentVariable} to the data folder).");
        }

        return path;
    }

    /// <summary>
    /// The entries of a word-list file: one entry a line, <c>#</c> starts a comment, blank lines skipped,
    /// surrounding white space trimmed.
    /// </summary>
    public static IEnumerable<string> ReadList(string relativePath)
    {
        foreach (var raw in File.ReadLines(PathOf(relativePath)))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}

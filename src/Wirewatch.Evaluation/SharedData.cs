using Wirewatch.Core;

namespace Wirewatch.Evaluation;

/// <summary>
/// Finds the shared evaluation and training data (<c>shared/eval-data</c>, <c>shared/train-data</c>): the
/// <c>--data</c> option, else the <c>WIREWATCH_SHARED</c> environment variable, else a <c>shared</c> folder in
/// the current directory or any directory above it.
/// </summary>
public static class SharedData
{
    public const string EnvironmentVariable = "WIREWATCH_SHARED";

    public static string? TryLocate(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "eval-data")) || Directory.Exists(Path.Combine(candidate, "train-data")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static string Locate(string? explicitPath = null)
        => TryLocate(explicitPath) ?? throw new WirewatchException(
            ErrorCode.MissingData,
            $"the shared data folder (with eval-data/ and train-data/) was not found: pass --data DIR or set {EnvironmentVariable}");

    /// <summary>A file or folder inside the shared data, or an error naming what is missing.</summary>
    public static string PathIn(string shared, params string[] parts)
    {
        var path = Path.Combine([shared, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: not found in the shared data");
        }

        return path;
    }
}

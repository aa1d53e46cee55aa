using System.Runtime;

namespace Wirewatch.Cli;

/// <summary>
/// Multicore JIT (<see cref="ProfileOptimization"/>): each command records which methods it compiled, in a profile
/// of its own in the user's cache folder (one folder per installed copy of the program, so that two copies, such as
/// two builds, do not overwrite each other's profiles), and a later run compiles those methods on a spare core ahead
/// of their first call. The code is compiled fully optimised from the start (no tiers), so the first article's compiling is
/// most of the start-up; without a profile two threads starting on the same code mostly wait for each other's
/// compiling. Nothing the commands output depends on it. <c>WIREWATCH_JIT_PROFILE=0</c> turns it off.
/// </summary>
internal static class JitProfile
{
    public static void Start(string[] args)
    {
        if (args.Length == 0 || !args[0].All(char.IsAsciiLetterLower) || Environment.GetEnvironmentVariable("WIREWATCH_JIT_PROFILE") == "0")
        {
            return; // no command named: nothing worth a profile
        }

        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
        if (cache is null)
        {
            return;
        }

        try
        {
            var folder = Path.Combine(cache, "wirewatch", "jit", Fnv1a(AppContext.BaseDirectory).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(args[0] + ".profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a cache folder that cannot be written only costs the speed-up
        }
    }

    // A hash that is the same in every run (string.GetHashCode is not).
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

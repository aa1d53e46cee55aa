namespace Wirewatch.Cli.Tests;

/// <summary>Files that ship in the repository (examples), found from the test's folder.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wirewatch.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("The repository root (with Wirewatch.slnx) is not above the test folder.");
        }
    }

    public static string Example(string name) => Path.Combine(Root, "examples", name);
}

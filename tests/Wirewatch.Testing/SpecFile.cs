namespace Wirewatch.Testing;

/// <summary>
/// Reads a data-driven spec file of test cases: one case a line, <c>input =&gt; expected</c>; lines starting with
/// <c>#</c> and blank lines are skipped; <c>\n</c> in a case stands for a line break.
/// </summary>
public static class SpecFile
{
    public static IEnumerable<object[]> Cases(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf(" => ", StringComparison.Ordinal);
            if (arrow < 0)
            {
                throw new InvalidDataException($"{relativePath}:{number}: a case needs 'input => expected'");
            }

            yield return [$"{Path.GetFileName(relativePath)}:{number}", Unescape(line[..arrow]), Unescape(line[(arrow + 4)..])];
        }
    }

    private static string Unescape(string value) => value.Replace("\\n", "\n", StringComparison.Ordinal);
}

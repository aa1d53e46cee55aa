namespace Wirewatch.Text.Sentences;

/// <summary>
/// Tells a hard-wrapped paragraph (lines broken at a fixed width, as in e-mail and old wire copy) from one whose
/// line breaks mean something (a headline over its text, a caption, a list).
/// </summary>
public static class LineWrapping
{
    /// <summary>Lines of a wrapped paragraph are at least this long...</summary>
    public const int MinWrappedLine = 40;

    /// <summary>...and at most this long.</summary>
    public const int MaxWrappedLine = 100;

    /// <summary>
    /// True when the paragraph has three or more lines, at least four in five of them (the last aside) are of
    /// wrapping width, and at least half of them end without end punctuation.
    /// </summary>
    public static bool IsHardWrapped(ReadOnlySpan<char> paragraph)
    {
        var lines = 0;
        var wrappedWidth = 0;
        var unterminated = 0;
        foreach (var range in paragraph.Split('\n'))
        {
            var line = paragraph[range].Trim();
            if (range.End.Value == paragraph.Length)
            {
                break; // the last line may be short
            }

            lines++;
            if (line.Length is >= MinWrappedLine and <= MaxWrappedLine)
            {
                wrappedWidth++;
            }

            if (line.Length > 0 && line[^1] is not ('.' or '!' or '?' or '"' or ':'))
            {
                unterminated++;
            }
        }

        return lines >= 2 && wrappedWidth * 5 >= lines * 4 && unterminated * 2 >= lines;
    }
}

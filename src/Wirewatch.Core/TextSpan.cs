namespace Wirewatch.Core;

/// <summary>A half-open span <c>[Start, End)</c> over a document's body text, in UTF-16 code units.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"A span needs 0 <= start <= end, not [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}

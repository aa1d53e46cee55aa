namespace Wirewatch.Extraction.Gazetteers;

/// <summary>What a piece of text is to the name matcher.</summary>
internal enum TextPartKind : byte
{
    /// <summary>A word or a piece of a hyphenated word: can be part of a name.</summary>
    Word,

    /// <summary>A comma: may sit inside a name ("Washington, D.C.") but adds nothing to its key.</summary>
    Joiner,

    /// <summary>A possessive ending ("'s", "'"): ends a name and marks it possessive.</summary>
    Possessive,

    /// <summary>Anything else: ends a name.</summary>
    Stop,
}

/// <summary>A piece of text the matcher walks over: a token, or a piece of a hyphenated token ("US", "Russia" in "US-Russia").</summary>
internal readonly record struct TextPart(int Start, int End, int Token, TextPartKind Kind)
{
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);
}

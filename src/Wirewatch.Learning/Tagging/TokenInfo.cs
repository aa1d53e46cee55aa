namespace Wirewatch.Learning.Tagging;

/// <summary>What the feature templates read of one token, hashed once per sentence.</summary>
internal struct TokenInfo
{
    public ulong Form;
    public ulong Lower;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix5;

    /// <summary>The last part of a hyphenated compound, lower-cased ("well-understood" → "understood"), or a constant.</summary>
    public ulong Head;

    /// <summary>The ambiguity class of <see cref="Head"/>.</summary>
    public ulong HeadClass;
    public ulong Shape;
    public ulong Flags;
    public ulong Class;

    /// <summary>The tag of a frequent unambiguous word, or -1.</summary>
    public int SureTag;
}

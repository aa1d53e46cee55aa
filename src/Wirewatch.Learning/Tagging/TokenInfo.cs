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
    public ulong Shape;
    public ulong Flags;
    public ulong Class;

    /// <summary>The tag of a frequent unambiguous word, or -1.</summary>
    public int SureTag;
}

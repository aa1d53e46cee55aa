namespace Wirewatch.Cli.Output;

/// <summary>What goes into the JSON of a document beyond the contract's layers.</summary>
public sealed record JsonOutputOptions
{
    /// <summary>Include the token layer (large; off by default).</summary>
    public bool IncludeTokens { get; init; }
}

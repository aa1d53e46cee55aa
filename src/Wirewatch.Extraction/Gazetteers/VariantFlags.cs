namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Conditions under which a name variant may match text.</summary>
[Flags]
public enum VariantFlags : byte
{
    None = 0,

    /// <summary>An acronym ("US", "U.S.", "UAE"): the text must be in capitals too.</summary>
    CapitalsOnly = 1,

    /// <summary>Also a common English word ("Bar", "Mobile"): the text must start with a capital.</summary>
    CapitalisedOnly = 2,
}

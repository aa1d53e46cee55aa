namespace Wirewatch.Text.Tokenization;

/// <summary>How an abbreviation behaves at a possible sentence end (see data/text/abbreviations.tsv).</summary>
public enum AbbreviationClass
{
    /// <summary>Comes before a name; a sentence never ends after it ("Mr.", "Gen.").</summary>
    Title,

    /// <summary>A month ("Sept."); the sentence ends after it only before a sentence starter.</summary>
    Month,

    /// <summary>Comes before a number ("No. 5"); only an abbreviation when a digit follows.</summary>
    Numeric,

    /// <summary>May end a sentence ("Inc.", "etc."); it does when a sentence starter follows.</summary>
    Other,
}

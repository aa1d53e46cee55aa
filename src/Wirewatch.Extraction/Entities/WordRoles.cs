namespace Wirewatch.Extraction.Entities;

/// <summary>What a word can be in a name, by the word lists: a title, the head of an organisation's or a facility's name.</summary>
[Flags]
public enum WordRoles
{
    None = 0,

    /// <summary>A title or office word ("President", "Mr.", "spokesman").</summary>
    Title = 1,

    /// <summary>A word that ends organisation names ("Ministry").</summary>
    OrganisationHead = 2,

    /// <summary>A word that ends facility names ("Airport").</summary>
    FacilityHead = 4,

    /// <summary>A word that ends the legal name of a company ("Inc.", "LLC"): also an organisation head.</summary>
    CompanySuffix = 8,
}

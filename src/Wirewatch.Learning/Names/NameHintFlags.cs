namespace Wirewatch.Learning.Names;

/// <summary>What the word lists and gazetteer say about a token, as bits the name tagger reads as features.</summary>
[Flags]
public enum NameHintFlags : ushort
{
    None = 0,

    /// <summary>The first token of a known place name.</summary>
    PlaceBegin = 1 << 0,

    /// <summary>A later token of a known place name.</summary>
    PlaceInside = 1 << 1,

    /// <summary>The place name can be a country.</summary>
    Country = 1 << 2,

    /// <summary>The place name can be a first-level region.</summary>
    Region = 1 << 3,

    /// <summary>The place name can be a city or town.</summary>
    City = 1 << 4,

    /// <summary>A nationality word ("Russian", "Ukrainians").</summary>
    Demonym = 1 << 5,

    /// <summary>A word of a title or office ("President", "Mr.", "spokesman").</summary>
    Title = 1 << 6,

    /// <summary>A word that ends organisation names ("Ministry", "Agency", "Inspectorate").</summary>
    OrganisationHead = 1 << 7,

    /// <summary>A word that ends names of facilities ("Airport", "Square", "Plant").</summary>
    FacilityHead = 1 << 8,
}

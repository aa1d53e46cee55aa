namespace Wirewatch.Core;

/// <summary>The types of named entity (after OntoNotes): who and where.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation: government body, company, party, agency, armed group, news outlet.</summary>
    Org,

    /// <summary>A geopolitical entity: country, city, region.</summary>
    Gpe,

    /// <summary>Another place: river, sea, mountain, border area.</summary>
    Loc,

    /// <summary>A nationality, religious or political group ("Russian", "Ukrainians").</summary>
    Norp,

    /// <summary>A building or facility: airport, plant, square, bridge.</summary>
    Fac,
}

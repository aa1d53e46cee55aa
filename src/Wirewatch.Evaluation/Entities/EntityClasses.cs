using Wirewatch.Core;

namespace Wirewatch.Evaluation.Entities;

/// <summary>
/// Maps Wirewatch's entity types and the corpora's to the three classes both share: person, organization, place.
/// NORP (nationalities and groups) has no class of its own in the corpora: a NORP name counts as the class the
/// corpus gives the same span (GUM marks "Russians" as a person group, MEANTIME the adjective in "American
/// automaker" as the place), and is otherwise not scored.
/// </summary>
public static class EntityClasses
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Place = "place";

    public static string? Of(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Org => Organization,
        EntityType.Gpe or EntityType.Loc or EntityType.Fac => Place,
        _ => null,
    };

    /// <summary>MEANTIME's entity types: PER, ORG, LOC are scored; PRO (products), FIN and MIX are not.</summary>
    public static string? OfMeantime(string? type) => type switch
    {
        "PER" => Person,
        "ORG" => Organization,
        "LOC" => Place,
        _ => null,
    };
}

namespace Wirewatch.Core;

/// <summary>One person, organisation, place or group of an article, with all its mentions.</summary>
/// <param name="Id">"e1", "e2"... in order of first mention.</param>
/// <param name="Name">The fullest name the article gives ("Dmitry Peskov").</param>
/// <param name="Type">What kind of entity it is.</param>
/// <param name="Roles">Titles and roles the article gives it ("Kremlin spokesman").</param>
/// <param name="Mentions">Every mention, in text order.</param>
public sealed record Entity(string Id, string Name, EntityType Type, IReadOnlyList<string> Roles, IReadOnlyList<Mention> Mentions)
{
    /// <summary>
    /// What makes the same entity in two articles one: for a place, the gazetteer's key ("country:UA"); otherwise
    /// the key of its fullest name ("dmitry peskov"); for an entity known only by a description, its key.
    /// </summary>
    public string Key { get; init; } = string.Empty;
}

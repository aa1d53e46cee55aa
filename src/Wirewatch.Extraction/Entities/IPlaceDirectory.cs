namespace Wirewatch.Extraction.Entities;

/// <summary>What who-is-who asks of a gazetteer: one key for every spelling of a place, and capitals.</summary>
public interface IPlaceDirectory
{
    /// <summary>The same key for every name of one place ("Kiev", "kyiv", "Kyiv"; "US", "United States"), or null when unknown.</summary>
    string? KeyOf(string name);

    /// <summary>For the key of a capital city, the key of its country ("Moscow" → Russia's key); else null.</summary>
    string? CountryOfCapital(string key);
}

using System.Globalization;

namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>Reads the shared GeoNames and mledoze files.</summary>
internal static class SourceTables
{
    public static List<GeoNamesCity> Cities(string path)
    {
        var cities = new List<GeoNamesCity>(150_000);
        var seen = new HashSet<int>();
        foreach (var c in TsvLines.Read(path, 9, hasHeader: true))
        {
            var id = int.Parse(c[7], CultureInfo.InvariantCulture);
            if (seen.Add(id))
            {
                cities.Add(new GeoNamesCity(c[0], c[1], c[2], c[3], long.Parse(c[4], CultureInfo.InvariantCulture), c[5], c[6], id, c[8]));
            }
        }

        return cities;
    }

    /// <summary>The 2025 admin1 names, with the 2020 file's different spellings as other names.</summary>
    public static List<GeoNamesRegion> Regions(string current, string older)
    {
        var olderNames = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var c in TsvLines.Read(older, 3))
        {
            olderNames[c[0]] = [c[1], c[2]];
        }

        var regions = new List<GeoNamesRegion>(4_000);
        foreach (var c in TsvLines.Read(current, 4))
        {
            var others = new List<string> { c[2] };
            others.AddRange(olderNames.GetValueOrDefault(c[0]) ?? []);
            regions.Add(new GeoNamesRegion(c[0], c[1], others, int.Parse(c[3], CultureInfo.InvariantCulture)));
        }

        return regions;
    }

    public static List<GeoNamesCountry> Countries(string path)
    {
        var countries = new List<GeoNamesCountry>(260);
        foreach (var c in TsvLines.Read(path, 17))
        {
            countries.Add(new GeoNamesCountry(c[0], c[4], c[5], long.Parse(c[7], CultureInfo.InvariantCulture), int.Parse(c[16], CultureInfo.InvariantCulture)));
        }

        return countries;
    }

    public static List<MledozeCountry> Mledoze(string path)
    {
        var countries = new List<MledozeCountry>(260);
        foreach (var c in TsvLines.Read(path, 11, hasHeader: true))
        {
            var names = new List<string> { c[2], c[3] };
            names.AddRange(c[4].Split('|', StringSplitOptions.RemoveEmptyEntries));
            var demonyms = $"{c[5]},{c[6]}".Split([',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            countries.Add(new MledozeCountry(c[0], names, demonyms.Distinct(StringComparer.Ordinal).ToList(), c[10] == "True"));
        }

        return countries;
    }
}

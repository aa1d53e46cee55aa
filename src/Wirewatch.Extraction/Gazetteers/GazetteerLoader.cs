using System.Globalization;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Reads the gazetteer files of a data folder into the indexes a <see cref="Gazetteer"/> is made of.</summary>
internal static class GazetteerLoader
{
    public static Gazetteer Load(string dataRoot)
    {
        var names = new NameIndex<Place>.Builder();
        var places = new List<Place>(64_000);
        var countries = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var regions = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<int, Place>();

        var pool = new StringPool();
        Span<Range> c = stackalloc Range[13];
        var path = Path.Combine(dataRoot, GazetteerFiles.Places);
        var headerSeen = false;
        foreach (var text in File.ReadLines(path))
        {
            if (text.Length == 0 || text[0] == '#' || !headerSeen)
            {
                headerSeen |= text.Length > 0 && text[0] != '#';
                continue;
            }

            var line = text.AsSpan();
            if (line.Split(c, '\t') != 12)
            {
                throw new WirewatchException(ErrorCode.MissingData, $"{path}: expected 12 tab-separated columns in '{text}'");
            }

            var place = ParsePlace(line, c, pool);
            places.Add(place);
            switch (place.Kind)
            {
                case PlaceKind.Country:
                    countries[place.CountryCode] = place;
                    break;
                case PlaceKind.Region:
                    regions[place.Admin1Key] = place;
                    break;
                default:
                    byId.TryAdd(place.GeonameId, place);
                    break;
            }

            var capitalisedOnly = line[c[11]];
            names.Add(place.Name, place, FlagsOf(place.Name, capitalisedOnly));
            var variants = line[c[1]];
            foreach (var range in variants.Split('|'))
            {
                var variant = variants[range];
                if (!variant.IsEmpty)
                {
                    names.Add(variant, place, FlagsOf(variant, capitalisedOnly));
                }
            }
        }

        AddCountryNames(dataRoot, countries, names);
        AddAliases(dataRoot, countries, regions, byId, names);
        return new Gazetteer(places, names.Build(PlacePrior.Compare), LoadDemonyms(dataRoot), countries, regions, PlaceCues.Load(Path.Combine(dataRoot, PlaceCues.FileName)));
    }

    private static Place ParsePlace(ReadOnlySpan<char> line, ReadOnlySpan<Range> c, StringPool pool)
    {
        var kind = line[c[2]] switch
        {
            "country" => PlaceKind.Country,
            "region" => PlaceKind.Region,
            "city" => PlaceKind.City,
            var other => throw new WirewatchException(ErrorCode.MissingData, $"{GazetteerFiles.Places}: unknown kind '{other}'"),
        };
        return new Place(
            int.Parse(line[c[9]], CultureInfo.InvariantCulture),
            line[c[0]].ToString(),
            kind,
            pool.Get(line[c[3]]),
            pool.Get(line[c[4]]),
            pool.Get(line[c[5]]),
            double.Parse(line[c[6]], CultureInfo.InvariantCulture),
            double.Parse(line[c[7]], CultureInfo.InvariantCulture),
            long.Parse(line[c[8]], CultureInfo.InvariantCulture),
            pool.Get(line[c[10]]));
    }

    private static VariantFlags FlagsOf(ReadOnlySpan<char> variant, ReadOnlySpan<char> list)
    {
        var flags = NameKey.IsAcronym(variant) ? VariantFlags.CapitalsOnly : VariantFlags.None;
        if (list.Length > 0)
        {
            foreach (var range in list.Split('|'))
            {
                if (list[range].SequenceEqual(variant))
                {
                    return flags | VariantFlags.CapitalisedOnly;
                }
            }
        }

        return flags;
    }

    private static void AddCountryNames(string dataRoot, Dictionary<string, Place> countries, NameIndex<Place>.Builder names)
    {
        foreach (var c in TsvLines.Read(Path.Combine(dataRoot, GazetteerFiles.Countries), 2, hasHeader: true))
        {
            if (countries.TryGetValue(c[0], out var country))
            {
                foreach (var name in c[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    names.Add(name, country, NameKey.IsAcronym(name) ? VariantFlags.CapitalsOnly : VariantFlags.None);
                }
            }
        }
    }

    private static void AddAliases(string dataRoot, Dictionary<string, Place> countries, Dictionary<string, Place> regions, Dictionary<int, Place> byId, NameIndex<Place>.Builder names)
    {
        var path = Path.Combine(dataRoot, GazetteerFiles.Aliases);
        foreach (var c in TsvLines.Read(path, 3))
        {
            Place? target = c[1] switch
            {
                "country" => countries.GetValueOrDefault(c[2]),
                "region" => regions.GetValueOrDefault(c[2]),
                "city" => byId.GetValueOrDefault(int.Parse(c[2], CultureInfo.InvariantCulture)),
                var other => throw new WirewatchException(ErrorCode.MissingData, $"{path}: unknown kind '{other}'"),
            };
            if (target is null)
            {
                throw new WirewatchException(ErrorCode.MissingData, $"{path}: alias '{c[0]}' points to {c[1]} {c[2]}, which is not in {GazetteerFiles.Places}");
            }

            names.Add(c[0], target, NameKey.IsAcronym(c[0]) ? VariantFlags.CapitalsOnly : VariantFlags.None);
        }
    }

    private static NameIndex<Demonym> LoadDemonyms(string dataRoot)
    {
        var demonyms = new NameIndex<Demonym>.Builder();
        foreach (var c in TsvLines.Read(Path.Combine(dataRoot, GazetteerFiles.Demonyms), 3, hasHeader: true))
        {
            var form = c[2] == "plural" ? DemonymForm.Plural : DemonymForm.Adjective;
            demonyms.Add(c[0], new Demonym(c[0], c[1], form), VariantFlags.None);
        }

        return demonyms.Build((a, b) => string.CompareOrdinal(a.CountryCode, b.CountryCode));
    }
}

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Where the gazetteers live under the data folder, and the version their first line names.</summary>
public static class GazetteerFiles
{
    public const string Version = "wirewatch-gazetteer v1";

    /// <summary>Cities, first-level regions and countries (GeoNames, CC BY 4.0).</summary>
    public const string Places = "gazetteers/places.tsv";

    /// <summary>Country names from mledoze/countries (ODbL 1.0).</summary>
    public const string Countries = "gazetteers/countries.tsv";

    /// <summary>Nationality words from mledoze/countries (ODbL 1.0).</summary>
    public const string Demonyms = "gazetteers/demonyms.tsv";

    /// <summary>Hand-written extra names (US, U.S., Britain, Donbas).</summary>
    public const string Aliases = "places/aliases.tsv";

    /// <summary>Hand-written list of countries whose small towns are all kept.</summary>
    public const string FullCountries = "places/full-countries.txt";

    public const string PlacesHeader = "name\tvariants\tkind\tcountry\tadmin1\tadmin1_name\tlatitude\tlongitude\tpopulation\tgeonameid\tfeature\tcapitalised_only";

    public const string CountriesHeader = "country\tnames";

    public const string DemonymsHeader = "demonym\tcountry\tform";
}

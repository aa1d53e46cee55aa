namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>The input files of a gazetteer build, found under the shared <c>train-data</c> folder.</summary>
public sealed record GazetteerSources(
    string Cities,
    string Admin1,
    string Admin1Older,
    string CountryInfo,
    string CountriesDemonyms,
    string Treebank)
{
    /// <summary>The sources under a train-data folder (or a shared folder holding train-data/).</summary>
    public static GazetteerSources In(string folder)
    {
        var trainData = Directory.Exists(Path.Combine(folder, "train-data")) ? Path.Combine(folder, "train-data") : folder;
        var geo = Path.Combine(trainData, "geonames-cities");
        return new GazetteerSources(
            Path.Combine(geo, "cities.tsv"),
            Path.Combine(geo, "admin1CodesASCII-2025.tsv"),
            Path.Combine(geo, "admin1CodesASCII-2020.txt"),
            Path.Combine(geo, "countryInfo-2025.tsv"),
            Path.Combine(trainData, "countries", "countries-demonyms.tsv"),
            Path.Combine(trainData, "ud-english-ewt", "en_ewt-ud-train.conllu"));
    }

    public IEnumerable<string> All => [Cities, Admin1, Admin1Older, CountryInfo, CountriesDemonyms, Treebank];
}

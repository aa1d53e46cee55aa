using System.CommandLine;
using System.Diagnostics;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.Gazetteers.Building;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train gazetteer</c>: writes places.tsv, countries.tsv and demonyms.tsv from GeoNames and mledoze/countries.</summary>
public static class TrainGazetteerCommand
{
    public static Command Create(CliConsole console)
    {
        var data = SharedDataOption.Create(alternative: ", or train-data itself");
        var output = new Option<string>("--output") { Description = "Where to write the gazetteers.", DefaultValueFactory = _ => Path.Combine("data", "gazetteers") };
        var command = new Command("gazetteer", "Build the place and nationality gazetteers from GeoNames and mledoze/countries.") { data, output };
        command.SetAction(parsed =>
        {
            var explicitData = parsed.GetValue(data);
            var shared = explicitData is not null && Directory.Exists(Path.Combine(explicitData, "geonames-cities"))
                ? explicitData
                : SharedData.Locate(explicitData);
            var watch = Stopwatch.StartNew();
            var report = GazetteerBuilder.Build(GazetteerSources.In(shared), DataFiles.Root, parsed.GetRequiredValue(output));
            console.Error.WriteLine($"{report.Countries} countries, {report.Regions} regions, {report.Cities} cities, {report.Variants} names, {report.Demonyms} demonyms in {watch.Elapsed.TotalSeconds:0.0} s");
            foreach (var file in report.Files)
            {
                console.Out.WriteLine($"{file}\t{new FileInfo(file).Length}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

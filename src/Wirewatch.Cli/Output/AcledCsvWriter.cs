using System.Globalization;
using System.Text;
using Wirewatch.Core;

namespace Wirewatch.Cli.Output;

/// <summary>
/// Writes events as ACLED's export does: its column names in its order, one header line, then one row per
/// event of every article. Columns the engine has no value for are left empty.
/// </summary>
public sealed class AcledCsvWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private bool _headerWritten;

    public void Write(TextWriter writer, Document document)
    {
        if (!_headerWritten)
        {
            writer.Write(string.Join(',', Columns));
            writer.Write('\n');
            _headerWritten = true;
        }

        foreach (var e in document.Events)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["event_id_cnty"] = $"{document.Info.Id}-{e.Id}",
                ["event_date"] = e.Date ?? string.Empty,
                ["year"] = e.Date is { Length: >= 4 } d ? d[..4] : string.Empty,
                ["time_precision"] = e.TimePrecision.ToString(CultureInfo.InvariantCulture),
                ["disorder_type"] = e.DisorderType,
                ["event_type"] = e.Type,
                ["sub_event_type"] = e.SubType,
                ["actor1"] = Actor(document, e, "actor1"),
                ["assoc_actor_1"] = Actor(document, e, "associated"),
                ["actor2"] = Actor(document, e, "actor2"),
                ["iso"] = e.Location?.CountryCode ?? string.Empty,
                ["country"] = e.Location?.Country ?? string.Empty,
                ["admin1"] = e.Location?.Admin1 ?? string.Empty,
                ["location"] = e.Location?.Name ?? string.Empty,
                ["latitude"] = e.Location?.Latitude.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty,
                ["longitude"] = e.Location?.Longitude.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty,
                ["geo_precision"] = e.Location?.GeoPrecision.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                ["source"] = document.Info.Source,
                ["notes"] = Notes(document, e),
                ["fatalities"] = (e.Fatalities?.Value ?? 0).ToString(CultureInfo.InvariantCulture),
                ["tags"] = string.Join("; ", e.Tags.Append(EventJson.StatusName(e.Status) + (e.Disputed ? "; disputed" : string.Empty))),
            };
            writer.Write(string.Join(',', Columns.Select(c => Quote(cells.GetValueOrDefault(c, string.Empty)))));
            writer.Write('\n');
        }
    }

    private static string Actor(Document document, Event e, string role)
        => string.Join("; ", e.Actors.Where(a => a.Role == role).Select(a => document[a.Span]));

    private static string Notes(Document document, Event e)
    {
        var sentence = document.Sentences.FirstOrDefault(s => s.Contains(e.Trigger));
        return sentence.IsEmpty ? document[e.Trigger] : document[sentence].ReplaceLineEndings(" ");
    }

    private static string Quote(string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        builder.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}

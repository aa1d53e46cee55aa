using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wirewatch.Store.Queries;

namespace Wirewatch.Cli.Output;

/// <summary>Writes a query's answer as a table for a person, JSON Lines or CSV for tools.</summary>
public static class QueryResultWriter
{
    public const int MaxCellWidth = 60;

    public static void Write(TextWriter writer, QueryResult result, string format)
    {
        switch (format)
        {
            case "jsonl":
                WriteJsonLines(writer, result);
                break;
            case "csv":
                WriteCsv(writer, result);
                break;
            default:
                WriteTable(writer, result);
                break;
        }
    }

    private static void WriteTable(TextWriter writer, QueryResult result)
    {
        var cells = result.Rows.Select(r => r.Select(v => Clip(Text(v))).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(string.Join("  ", result.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            writer.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }

        writer.WriteLine($"({result.Rows.Count} rows)");
    }

    private static void WriteJsonLines(TextWriter writer, QueryResult result)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var row in result.Rows)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                for (var i = 0; i < result.Columns.Count; i++)
                {
                    var name = result.Columns[i].Replace(' ', '_');
                    switch (row[i])
                    {
                        case null:
                            json.WriteNull(name);
                            break;
                        case long number:
                            json.WriteNumber(name, number);
                            break;
                        case double real:
                            json.WriteNumber(name, real);
                            break;
                        default:
                            json.WriteString(name, Text(row[i]));
                            break;
                    }
                }

                json.WriteEndObject();
            }

            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }
    }

    private static void WriteCsv(TextWriter writer, QueryResult result)
    {
        writer.WriteLine(string.Join(',', result.Columns.Select(Quote)));
        foreach (var row in result.Rows)
        {
            writer.WriteLine(string.Join(',', row.Select(v => Quote(Text(v)))));
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Clip(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= MaxCellWidth ? flat : flat[..(MaxCellWidth - 1)] + "…";
    }

    private static string Quote(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System.Text.Json;
using Wirewatch.Core;

namespace Wirewatch.Cli.Output;

/// <summary>Writes a span of the contract: <c>{ "start", "end", "text" }</c>, named or as an array element.</summary>
internal static class JsonSpans
{
    public static void Write(Utf8JsonWriter json, string? name, Document document, TextSpan span)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", document[span]);
        json.WriteEndObject();
    }
}

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

        WriteFields(json, document, span);
        json.WriteEndObject();
    }

    /// <summary>Writes a span's <c>"start"</c>, <c>"end"</c> and <c>"text"</c> into the object being written.</summary>
    public static void WriteFields(Utf8JsonWriter json, Document document, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", document[span]);
    }
}

using System.Text.Json;
using Wirewatch.Core;

namespace Wirewatch.Cli.Output;

/// <summary>Writes the <c>statements</c> and <c>disputes</c> layers of the JSON contract.</summary>
internal static class StatementJsonWriter
{
    public static void WriteStatements(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("statements");
        foreach (var statement in document.Statements)
        {
            json.WriteStartObject();
            json.WriteString("id", statement.Id);
            json.WriteString("kind", KindName(statement.Kind));
            WriteEntitySpan(json, "speaker", statement.Speaker, document);
            JsonSpans.Write(json, "cue", document, statement.Cue);
            JsonSpans.Write(json, "content", document, statement.Content[0]);
            json.WriteStartArray("continuedIn");
            foreach (var part in statement.Content.Skip(1))
            {
                JsonSpans.Write(json, null, document, part);
            }

            json.WriteEndArray();
            json.WriteBoolean("direct", statement.Direct);
            json.WriteStartArray("relayedBy");
            foreach (var relay in statement.RelayedBy)
            {
                WriteEntitySpan(json, null, relay, document);
            }

            json.WriteEndArray();
            WriteEntitySpan(json, "addressee", statement.Addressee, document);
            if (statement.TimeId is null)
            {
                json.WriteNull("time");
            }
            else
            {
                json.WriteString("time", statement.TimeId);
            }

            json.WriteStartArray("about");
            foreach (var id in statement.About)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteBoolean("noEvidence", statement.NoEvidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteDisputes(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("disputes");
        foreach (var dispute in document.Disputes)
        {
            json.WriteStartObject();
            json.WriteString("claim", dispute.ClaimId);
            json.WriteString("rebuttal", dispute.RebuttalId);
            if (dispute.About is null)
            {
                json.WriteNull("about");
            }
            else
            {
                json.WriteString("about", dispute.About);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string KindName(StatementKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteEntitySpan(Utf8JsonWriter json, string? name, EntitySpan? value, Document document)
    {
        if (value is not { } span)
        {
            if (name is not null)
            {
                json.WriteNull(name);
            }

            return;
        }

        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        if (span.EntityId is null)
        {
            json.WriteNull("entity");
        }
        else
        {
            json.WriteString("entity", span.EntityId);
        }

        json.WriteNumber("start", span.Span.Start);
        json.WriteNumber("end", span.Span.End);
        json.WriteString("text", document[span.Span]);
        json.WriteEndObject();
    }
}

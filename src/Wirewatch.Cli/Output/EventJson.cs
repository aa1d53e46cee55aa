using System.Text.Json;
using Wirewatch.Core;

namespace Wirewatch.Cli.Output;

/// <summary>Writes the <c>events</c> layer of the JSON contract (DESIGN.md): each event with its trigger, date, place, actors, targets, numbers and status.</summary>
public static class EventJson
{
    public static void Write(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("events");
        foreach (var e in document.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("disorderType", e.DisorderType);
            json.WriteString("type", e.Type);
            json.WriteString("subType", e.SubType);
            JsonSpans.Write(json, "trigger", document, e.Trigger);
            json.WriteStartArray("mentions");
            foreach (var mention in e.Mentions)
            {
                JsonSpans.Write(json, null, document, mention);
            }

            json.WriteEndArray();
            if (e.Date is null)
            {
                json.WriteNull("date");
            }
            else
            {
                json.WriteString("date", e.Date);
            }

            json.WriteNumber("timePrecision", e.TimePrecision);
            if (e.TimeId is not null)
            {
                json.WriteString("time", e.TimeId);
            }

            if (e.Location is { } place)
            {
                json.WriteStartObject("location");
                json.WriteString("name", place.Name);
                json.WriteString("country", place.CountryCode);
                json.WriteString("admin1", place.Admin1);
                json.WriteNumber("lat", place.Latitude);
                json.WriteNumber("lon", place.Longitude);
                json.WriteNumber("geoPrecision", place.GeoPrecision);
                JsonSpans.WriteFields(json, document, place.Span);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("location");
            }

            json.WriteStartArray("actors");
            foreach (var actor in e.Actors)
            {
                json.WriteStartObject();
                if (actor.EntityId is not null)
                {
                    json.WriteString("entity", actor.EntityId);
                }

                json.WriteString("role", actor.Role);
                JsonSpans.WriteFields(json, document, actor.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("targets");
            foreach (var target in e.Targets)
            {
                JsonSpans.Write(json, null, document, target);
            }

            json.WriteEndArray();
            WriteNumber(json, "fatalities", document, e.Fatalities);
            WriteNumber(json, "injuries", document, e.Injuries);
            json.WriteStartArray("counts");
            foreach (var count in e.Counts)
            {
                json.WriteStartObject();
                json.WriteString("what", count.What);
                json.WriteNumber("value", count.Value);
                WriteQualifier(json, count.Qualifier);
                JsonSpans.WriteFields(json, document, count.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("status", StatusName(e.Status));
            json.WriteBoolean("disputed", e.Disputed);
            json.WriteStartArray("tags");
            foreach (var tag in e.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string StatusName(EventStatus status) => status.ToString().ToLowerInvariant();

    private static void WriteNumber(Utf8JsonWriter json, string name, Document document, EventNumber? number)
    {
        if (number is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("value", number.Value);
        WriteQualifier(json, number.Qualifier);
        JsonSpans.WriteFields(json, document, number.Span);
        json.WriteEndObject();
    }

    private static void WriteQualifier(Utf8JsonWriter json, string? qualifier)
    {
        if (qualifier is null)
        {
            json.WriteNull("qualifier");
        }
        else
        {
            json.WriteString("qualifier", qualifier);
        }
    }
}

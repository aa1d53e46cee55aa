using System.Globalization;
using Microsoft.Data.Sqlite;
using Wirewatch.Core;

namespace Wirewatch.Store;

/// <summary>
/// Writes an article's events. Reports of one event (the same sub-event type, date and place) from several
/// articles become one event with every report as a source; its fatalities are the lowest figure any report
/// gives, as ACLED codes them.
/// </summary>
internal sealed class EventRows : IDisposable
{
    private readonly PreparedCommand _event;
    private readonly PreparedCommand _report;
    private readonly PreparedCommand _actor;

    public EventRows(SqliteTransaction transaction)
    {
        _event = new PreparedCommand(
            transaction,
            """
            INSERT INTO events(key, type, sub_type, date, time_precision, location, country, admin1, latitude, longitude, geo_precision, fatalities)
            VALUES ($key, $type, $subType, $date, $timePrecision, $location, $country, $admin1, $lat, $lon, $geo, $fatalities)
            ON CONFLICT(key) DO UPDATE SET fatalities = CASE
                WHEN excluded.fatalities IS NULL THEN events.fatalities
                WHEN events.fatalities IS NULL THEN excluded.fatalities
                ELSE min(events.fatalities, excluded.fatalities) END
            RETURNING id
            """,
            "$key", "$type", "$subType", "$date", "$timePrecision", "$location", "$country", "$admin1", "$lat", "$lon", "$geo", "$fatalities");
        _report = new PreparedCommand(
            transaction,
            """
            INSERT OR IGNORE INTO event_reports(event_id, document_id, local_id, trigger_text, trigger_start, trigger_end, status, fatalities)
            VALUES ($event, $doc, $local, $trigger, $start, $end, $status, $fatalities)
            """,
            "$event", "$doc", "$local", "$trigger", "$start", "$end", "$status", "$fatalities");
        _actor = new PreparedCommand(
            transaction,
            "INSERT INTO event_actors(event_id, document_id, role, entity_id, text, start, end) VALUES ($event, $doc, $role, $entity, $text, $start, $end)",
            "$event", "$doc", "$role", "$entity", "$text", "$start", "$end");
    }

    public void Write(Document document, IReadOnlyDictionary<string, long> entities)
    {
        var doc = document.Info.Id;
        foreach (var e in document.Events)
        {
            var location = e.Location;
            var date = e.Date ?? document.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var key = string.Join('|', e.SubType, date ?? "?", location is null ? "?" : $"{location.CountryCode}:{location.Name.ToLowerInvariant()}");
            var id = (long)_event.Scalar(
                key, e.Type, e.SubType, date, e.TimePrecision, location?.Name, location?.Country, location?.Admin1,
                location?.Latitude, location?.Longitude, location?.GeoPrecision, e.Fatalities?.Value)!;
            _report.Execute(id, doc, e.Id, document[e.Trigger], e.Trigger.Start, e.Trigger.End, e.Status.ToString().ToLowerInvariant(), e.Fatalities?.Value);
            foreach (var actor in e.Actors)
            {
                long? entity = actor.EntityId is { } local && entities.TryGetValue(local, out var global) ? global : null;
                _actor.Execute(id, doc, actor.Role, entity, document[actor.Span], actor.Span.Start, actor.Span.End);
            }
        }
    }

    public void Dispose()
    {
        _event.Dispose();
        _report.Dispose();
        _actor.Dispose();
    }
}

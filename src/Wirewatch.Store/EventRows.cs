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
    private readonly PreparedCommand _find;
    private readonly PreparedCommand _event;
    private readonly PreparedCommand _fatalities;
    private readonly PreparedCommand _report;
    private readonly PreparedCommand _actor;

    public EventRows(SqliteTransaction transaction)
    {
        _find = new PreparedCommand(transaction, "SELECT id FROM events WHERE key = $key", "$key");
        _event = new PreparedCommand(
            transaction,
            """
            INSERT INTO events(key, type, sub_type, date, time_precision, location, country, admin1, latitude, longitude, geo_precision, fatalities)
            VALUES ($key, $type, $subType, $date, $timePrecision, $location, $country, $admin1, $lat, $lon, $geo, $fatalities)
            """,
            "$key", "$type", "$subType", "$date", "$timePrecision", "$location", "$country", "$admin1", "$lat", "$lon", "$geo", "$fatalities");

        // Another report of a known event: its fatalities become the lowest figure given.
        _fatalities = new PreparedCommand(
            transaction,
            "UPDATE events SET fatalities = $fatalities WHERE id = $id AND (fatalities IS NULL OR fatalities > $fatalities)",
            "$id", "$fatalities");
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
            var fatalities = e.Fatalities?.Value;
            if (_find.Scalar(key) is long id)
            {
                if (fatalities is not null)
                {
                    _fatalities.Execute(id, fatalities);
                }
            }
            else
            {
                id = _event.Insert(
                    key, e.Type, e.SubType, date, e.TimePrecision, location?.Name, location?.Country, location?.Admin1,
                    location?.Latitude, location?.Longitude, location?.GeoPrecision, fatalities)!.Value;
            }

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
        _find.Dispose();
        _event.Dispose();
        _fatalities.Dispose();
        _report.Dispose();
        _actor.Dispose();
    }
}

using Wirewatch.Core;

namespace Wirewatch.Cli.Output;

/// <summary>A readable summary of an analysed document, for a person at a terminal.</summary>
public static class DocumentTextWriter
{
    public static void Write(TextWriter writer, Document document)
    {
        var info = document.Info;
        writer.WriteLine($"== {info.Source}  (id {info.Id})");
        var date = info.Date is { } d
            ? $"{d:yyyy-MM-dd} ({DateOriginText(info.DateOrigin)})"
            : "unknown: relative times cannot be resolved (give --date)";
        writer.WriteLine($"date:       {date}");
        if (info.Title is not null)
        {
            writer.WriteLine($"title:      {info.Title}");
        }

        var counts = new List<string> { $"{document.Text.Length:N0} characters" };
        if (document.Has(Layers.Paragraphs))
        {
            counts.Add($"{document.Paragraphs.Count} paragraphs");
        }

        if (document.Has(Layers.Sentences))
        {
            counts.Add($"{document.Sentences.Count} sentences");
        }

        if (document.Has(Layers.Tokens))
        {
            counts.Add($"{document.Tokens.Count:N0} tokens");
        }

        writer.WriteLine($"size:       {string.Join(", ", counts)}");
        if (document.Has(Layers.Sentences))
        {
            writer.WriteLine("sentences:");
            var number = 0;
            foreach (var sentence in document.Sentences)
            {
                number++;
                writer.WriteLine($"  {number,3}  [{sentence.Start}, {sentence.End})  {Clip(document[sentence])}");
            }
        }

        if (document.Has(Layers.Times))
        {
            writer.WriteLine($"times:      {document.Times.Count}");
            foreach (var time in document.Times)
            {
                var extra = (time.Modifier is null ? string.Empty : $"  mod {time.Modifier}")
                    + (time.AnchorId is null ? string.Empty : $"  from {time.AnchorId}")
                    + (time.Unresolved is null ? string.Empty : $"  ({time.Unresolved})");
                writer.WriteLine($"  {time.Id,4}  [{time.Span.Start}, {time.Span.End})  {Clip(document[time.Span]),-28} {DocumentJsonWriter.TimeTypeName(time.Type),-8} {time.Value}{extra}");
            }
        }

        if (document.Has(Layers.Entities))
        {
            writer.WriteLine("who:");
            foreach (var entity in document.Entities)
            {
                var roles = entity.Roles.Count > 0 ? $" ({string.Join("; ", entity.Roles)})" : string.Empty;
                writer.WriteLine($"  {entity.Id,-4} {DocumentJsonWriter.EntityTypeName(entity.Type),-6} {entity.Name}{roles}: {entity.Mentions.Count} mentions");
            }
        }

        if (document.Has(Layers.Statements))
        {
            StatementTextWriter.Write(writer, document);
        }

        if (document.Has(Layers.Events))
        {
            WriteEvents(writer, document);
        }

        writer.WriteLine();
    }

    private static void WriteEvents(TextWriter writer, Document document)
    {
        writer.WriteLine($"events:     {document.Events.Count}");
        foreach (var e in document.Events)
        {
            var place = e.Location is { } l ? $"{l.Name} ({l.CountryCode}{(l.Admin1.Length > 0 ? ", " + l.Admin1 : string.Empty)}; geo {l.GeoPrecision})" : "place unknown";
            writer.WriteLine($"  {e.Id,-4} {e.Type} / {e.SubType}: \"{document[e.Trigger]}\" x{e.Mentions.Count}, {e.Date ?? "date unknown"} (time {e.TimePrecision}), {place}");
            writer.WriteLine($"       status {EventJson.StatusName(e.Status)}{(e.Disputed ? ", disputed" : string.Empty)}{(e.Tags.Count > 0 ? "; " + string.Join("; ", e.Tags) : string.Empty)}");
            foreach (var actor in e.Actors)
            {
                writer.WriteLine($"       {actor.Role}: {document[actor.Span]}{(actor.EntityId is null ? string.Empty : $" ({actor.EntityId})")}");
            }

            if (e.Targets.Count > 0)
            {
                writer.WriteLine($"       targets: {string.Join("; ", e.Targets.Select(t => document[t]))}");
            }

            if (e.Fatalities is { } f)
            {
                writer.WriteLine($"       fatalities: {f.Value} ({f.Qualifier ?? "as stated"}: \"{document[f.Span]}\")");
            }

            if (e.Injuries is { } inj)
            {
                writer.WriteLine($"       injuries: {inj.Value} ({inj.Qualifier ?? "as stated"}: \"{document[inj.Span]}\")");
            }

            foreach (var count in e.Counts)
            {
                writer.WriteLine($"       {count.What}: {count.Value} ({count.Qualifier ?? "as stated"}: \"{document[count.Span]}\")");
            }
        }
    }

    private static string DateOriginText(DateOrigin origin) => origin switch
    {
        DateOrigin.Header => "from the date line",
        DateOrigin.Record => "from the record",
        DateOrigin.Option => "from --date",
        _ => "unknown",
    };

    private static string Clip(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ");
        return flat.Length <= 100 ? flat : flat[..99] + "…";
    }
}

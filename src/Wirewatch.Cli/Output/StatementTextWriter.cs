using Wirewatch.Core;

namespace Wirewatch.Cli.Output;

/// <summary>Lists statements and disputes for a person at a terminal: "s3 Peskov (e8) accusation: «...»".</summary>
internal static class StatementTextWriter
{
    public static void Write(TextWriter writer, Document document)
    {
        var names = document.Has(Layers.Entities) ? document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal) : [];
        writer.WriteLine($"statements: {document.Statements.Count}");
        foreach (var s in document.Statements)
        {
            var speaker = s.Speaker is { } sp ? $"{document[sp.Span]}{Entity(sp.EntityId, names)}" : "(no speaker)";
            var content = string.Join(" … ", s.Content.Select(c => document[c]));
            var extras = new List<string> { $"cue «{document[s.Cue]}»", s.Direct ? "direct" : "reported" };
            if (s.Addressee is { } to)
            {
                extras.Add($"to {document[to.Span]}{Entity(to.EntityId, names)}");
            }

            extras.AddRange(s.RelayedBy.Select(r => $"via {document[r.Span]}{Entity(r.EntityId, names)}"));
            if (s.TimeId is not null)
            {
                extras.Add($"time {s.TimeId}");
            }

            if (s.About.Count > 0)
            {
                extras.Add($"about {string.Join(", ", s.About.Select(a => $"{names.GetValueOrDefault(a, a)} ({a})"))}");
            }

            if (s.NoEvidence)
            {
                extras.Add("no evidence given");
            }

            writer.WriteLine($"  {s.Id,-4} {speaker} {StatementJsonWriter.KindName(s.Kind)}: «{content}»  [{string.Join("; ", extras)}]");
        }

        if (document.Has(Layers.Disputes))
        {
            writer.WriteLine($"disputes: {document.Disputes.Count}");
            foreach (var d in document.Disputes)
            {
                writer.WriteLine($"  {d.RebuttalId} rebuts {d.ClaimId}{(d.About is null ? string.Empty : $" about {names.GetValueOrDefault(d.About, d.About)} ({d.About})")}");
            }
        }
    }

    private static string Entity(string? id, Dictionary<string, string> names) => id is null ? string.Empty : $" ({id})";
}

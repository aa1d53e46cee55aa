using System.Globalization;
using Microsoft.Data.Sqlite;
using Wirewatch.Core;

namespace Wirewatch.Store;

/// <summary>
/// Writes an article's statements and disputes. Besides the disputes the article itself pairs, a denial is
/// paired with accusations made in other articles within a month against its speaker, and an accusation with
/// other articles' denials by the accused: a claim in one article rebutted in another.
/// </summary>
internal sealed class StatementRows : IDisposable
{
    private const int DisputeWindowDays = 30;

    private readonly PreparedCommand _statement;
    private readonly PreparedCommand _about;
    private readonly PreparedCommand _dispute;
    private readonly DatedQuery _claimsAgainst;
    private readonly DatedQuery _denialsBy;

    public StatementRows(SqliteTransaction transaction)
    {
        _statement = new PreparedCommand(
            transaction,
            """
            INSERT INTO statements(document_id, local_id, kind, date, speaker_entity, speaker_text, speaker_start, speaker_end,
                cue_text, cue_start, cue_end, content, content_start, content_end, direct, addressee, relayed_by, time_value, no_evidence)
            VALUES ($doc, $local, $kind, $date, $speaker, $speakerText, $speakerStart, $speakerEnd,
                $cue, $cueStart, $cueEnd, $content, $contentStart, $contentEnd, $direct, $addressee, $relayedBy, $time, $noEvidence)
            """,
            "$doc", "$local", "$kind", "$date", "$speaker", "$speakerText", "$speakerStart", "$speakerEnd",
            "$cue", "$cueStart", "$cueEnd", "$content", "$contentStart", "$contentEnd", "$direct", "$addressee", "$relayedBy", "$time", "$noEvidence");
        _about = new PreparedCommand(transaction, "INSERT OR IGNORE INTO statement_about(statement_id, entity_id, date) VALUES ($statement, $entity, $date)", "$statement", "$entity", "$date");
        _dispute = new PreparedCommand(
            transaction,
            "INSERT OR IGNORE INTO disputes(claim, rebuttal, about_entity, across_articles) VALUES ($claim, $rebuttal, $about, $across)",
            "$claim", "$rebuttal", "$about", "$across");
        _claimsAgainst = new DatedQuery(
            transaction,
            """
            SELECT s.id FROM statement_about a JOIN statements s ON s.id = a.statement_id
            WHERE a.entity_id = $entity AND {0} AND s.kind = 'accusation' AND s.document_id <> $doc
            """,
            "a.date");
        _denialsBy = new DatedQuery(
            transaction,
            """
            SELECT s.id FROM statements s
            WHERE s.speaker_entity = $entity AND {0} AND s.kind = 'denial' AND s.document_id <> $doc
            """,
            "s.date");
    }

    public void Write(Document document, IReadOnlyDictionary<string, long> entities)
    {
        var doc = document.Info.Id;
        var date = document.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var times = document.Has(Layers.Times) ? document.Times.ToDictionary(t => t.Id, t => t.Value, StringComparer.Ordinal) : [];
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in document.Statements)
        {
            var speaker = s.Speaker;
            var content = s.ContentExtent;
            long? speakerEntity = speaker?.EntityId is { } e && entities.TryGetValue(e, out var g) ? g : null;
            var id = _statement.Insert(
                doc, s.Id, KindName(s.Kind), date, speakerEntity,
                speaker is { } sp ? document[sp.Span] : null, speaker?.Span.Start, speaker?.Span.End,
                document[s.Cue], s.Cue.Start, s.Cue.End,
                document[content], content.Start, content.End, s.Direct ? 1 : 0,
                s.Addressee is { } a ? document[a.Span] : null,
                s.RelayedBy.Count == 0 ? null : string.Join("; ", s.RelayedBy.Select(r => document[r.Span])),
                s.TimeId is { } t && times.TryGetValue(t, out var value) ? value : null,
                s.NoEvidence ? 1 : 0)!.Value;
            ids[s.Id] = id;
            var about = s.About.Where(entities.ContainsKey).Select(x => entities[x]).Distinct().ToList();
            foreach (var entity in about)
            {
                _about.Execute(id, entity, date);
            }

            PairAcrossArticles(doc, date, s.Kind, id, speakerEntity, about);
        }

        if (document.Has(Layers.Disputes))
        {
            foreach (var d in document.Disputes)
            {
                if (ids.TryGetValue(d.ClaimId, out var claim) && ids.TryGetValue(d.RebuttalId, out var rebuttal))
                {
                    long? about = d.About is not null && entities.TryGetValue(d.About, out var x) ? x : null;
                    _dispute.Execute(claim, rebuttal, about, 0);
                }
            }
        }
    }

    public static string KindName(StatementKind kind) => kind.ToString().ToLowerInvariant();

    public void Dispose()
    {
        _statement.Dispose();
        _about.Dispose();
        _dispute.Dispose();
        _claimsAgainst.Dispose();
        _denialsBy.Dispose();
    }

    private void PairAcrossArticles(string doc, string? date, StatementKind kind, long id, long? speaker, List<long> about)
    {
        if (kind == StatementKind.Denial && speaker is { } denier)
        {
            foreach (var claim in _claimsAgainst.Ids(denier, doc, date, DisputeWindowDays))
            {
                _dispute.Execute(claim, id, denier, 1);
            }
        }

        if (kind == StatementKind.Accusation)
        {
            foreach (var accused in about)
            {
                foreach (var rebuttal in _denialsBy.Ids(accused, doc, date, DisputeWindowDays))
                {
                    _dispute.Execute(id, rebuttal, accused, 1);
                }
            }
        }
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Wirewatch.Store;

/// <summary>
/// A query for the ids of statements that concern one entity, outside one article, prepared three ways so that
/// each reads along an (entity, date) index: rows dated within a window, rows with no date, and rows of any date.
/// The SQL's <c>{0}</c> is where the date condition goes; its parameters are $entity, $doc, $from and $to.
/// </summary>
internal sealed class DatedQuery : IDisposable
{
    private readonly PreparedCommand _window;
    private readonly PreparedCommand _undated;
    private readonly PreparedCommand _any;

    public DatedQuery(SqliteTransaction transaction, string sql, string dateColumn)
    {
        _window = Prepare(transaction, sql, $"{dateColumn} BETWEEN $from AND $to");
        _undated = Prepare(transaction, sql, $"{dateColumn} IS NULL");
        _any = Prepare(transaction, sql, "1 = 1");
    }

    /// <summary>Rows within <paramref name="days"/> of <paramref name="date"/> or undated; every row when the date is unknown.</summary>
    public List<long> Ids(long entity, string doc, string? date, int days)
    {
        var ids = new List<long>();
        if (date is null)
        {
            Read(_any, entity, doc, null, null, ids);
            return ids;
        }

        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Read(_window, entity, doc, Format(day.AddDays(-days)), Format(day.AddDays(days)), ids);
        Read(_undated, entity, doc, null, null, ids);
        return ids;
    }

    public void Dispose()
    {
        _window.Dispose();
        _undated.Dispose();
        _any.Dispose();
    }

    private static PreparedCommand Prepare(SqliteTransaction transaction, string sql, string condition) =>
        new(transaction, string.Format(CultureInfo.InvariantCulture, sql, condition), "$entity", "$doc", "$from", "$to");

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Read(PreparedCommand query, long entity, string doc, string? from, string? to, List<long> ids) =>
        ids.AddRange(query.Rows(row => row.Int64(0), entity, doc, from, to));
}

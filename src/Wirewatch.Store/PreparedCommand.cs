using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Wirewatch.Store;

/// <summary>
/// A SQL statement prepared once on the writer's connection and run many times with new values, bound by
/// position straight to SQLite: the writer runs some two hundred of them an article, and binding through the
/// ADO.NET layer (parameter names looked up, a data reader made for each run) cost more than SQLite's own work.
/// It runs inside whatever transaction the connection has open; dispose it before the connection closes.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;
    private byte[] _utf8 = new byte[256];

    /// <param name="transaction">The transaction the command runs in (its connection's handle is used).</param>
    /// <param name="sql">One SQL statement.</param>
    /// <param name="parameterNames">The names of the values each run passes, in that order; a name the SQL does not use is ignored.</param>
    public PreparedCommand(SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        _database = transaction.Connection!.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _positions = [.. parameterNames.Select(n => raw.sqlite3_bind_parameter_index(_statement, n))];
        if (_positions.Count(p => p > 0) != raw.sqlite3_bind_parameter_count(_statement))
        {
            _statement.Dispose();
            throw new ArgumentException($"the parameter names do not cover the SQL's parameters: {sql}", nameof(parameterNames));
        }
    }

    /// <summary>Runs the statement; returns how many rows it changed.</summary>
    public int Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            while (Step())
            {
            }

            return raw.sqlite3_changes(_database);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs an INSERT; returns the rowid of the row it made, or null when it made none (INSERT OR IGNORE).</summary>
    public long? Insert(params ReadOnlySpan<object?> values) => Execute(values) == 0 ? null : raw.sqlite3_last_insert_rowid(_database);

    /// <summary>Runs the statement; returns the first column of the first row (a long, double or string), or null.</summary>
    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            var value = Step() ? Column(0) : null;
            while (Step())
            {
            }

            return value;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement; returns every row, each read by <paramref name="read"/>.</summary>
    public List<T> Rows<T>(Func<PreparedCommand, T> read, params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            var rows = new List<T>();
            while (Step())
            {
                rows.Add(read(this));
            }

            return rows;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The current row's value in a column, as a long.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>The current row's value in a column, as text.</summary>
    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public void Dispose() => _statement.Dispose();

    private object? Column(int column) => raw.sqlite3_column_type(_statement, column) switch
    {
        raw.SQLITE_INTEGER => Int64(column),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, column),
        raw.SQLITE_NULL => null,
        _ => Text(column),
    };

    private bool Step()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }

        return false;
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var index = _positions[i];
            if (index == 0)
            {
                continue;
            }

            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                long l => raw.sqlite3_bind_int64(_statement, index, l),
                int n => raw.sqlite3_bind_int64(_statement, index, n),
                bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(_statement, index, d),
                string s => BindText(index, s),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name}", nameof(values)),
            });
        }
    }

    // Text is bound as UTF-8, the store's encoding, as Microsoft.Data.Sqlite binds it: encoded here into a buffer
    // kept for the next value (SQLite copies it), not handed over as UTF-16 for SQLite to translate byte by byte.
    private int BindText(int index, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text16(_statement, index, text); // an empty span may have no address, which would bind NULL
        }

        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < needed)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}

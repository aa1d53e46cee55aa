using Microsoft.Data.Sqlite;

namespace Wirewatch.Store;

/// <summary>A SQL command prepared once for a transaction and run many times with new values.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = parameterNames.Select(n => _command.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        _command.Prepare();
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    public SqliteDataReader Reader(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

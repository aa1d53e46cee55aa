using Microsoft.Data.Sqlite;
using Wirewatch.Core;
using Wirewatch.Extraction.Entities;

namespace Wirewatch.Store;

/// <summary>
/// Finds or makes the store's entity for an article's entity, within one transaction. Places are one entity per
/// gazetteer key (so "Kiev" and "Kyiv" in different articles meet); organisations and groups per name key; a
/// person by full name, or by the same surname with a compatible first name ("Dmitri Peskov", "Dmitry Peskov"),
/// and a surname alone joins the one person of that surname when there is exactly one, so that different people
/// with the same surname stay apart.
/// </summary>
internal sealed class GlobalEntities : IDisposable
{
    private readonly PreparedCommand _find;
    private readonly PreparedCommand _sameLastWord;
    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _upgrade;

    public GlobalEntities(SqliteTransaction transaction)
    {
        _find = new PreparedCommand(transaction, "SELECT id FROM entities WHERE type = $type AND key = $key", "$type", "$key");
        _sameLastWord = new PreparedCommand(transaction, "SELECT id, key FROM entities WHERE type = $type AND last_word = $last ORDER BY id", "$type", "$last");
        _insert = new PreparedCommand(transaction, "INSERT INTO entities(type, key, name, last_word) VALUES ($type, $key, $name, $last) RETURNING id", "$type", "$key", "$name", "$last");

        // A fuller name replaces a surname alone ("Peskov" becomes "Dmitry Peskov").
        _upgrade = new PreparedCommand(
            transaction,
            "UPDATE entities SET name = $name, key = $key WHERE id = $id AND instr(key, ' ') = 0 AND NOT EXISTS (SELECT 1 FROM entities WHERE type = 'PERSON' AND key = $key)",
            "$name", "$key", "$id");
    }

    public long Resolve(Entity entity)
    {
        var type = TypeName(entity.Type);
        var key = entity.Key.Length > 0 ? entity.Key : EntityNameKey.Of(entity.Name);
        var words = EntityNameKey.Words(key);
        var lastWord = words.Length == 0 ? key : words[^1];
        if (_find.Scalar(type, key) is long exact)
        {
            return exact;
        }

        if (entity.Type == EntityType.Person && words.Length > 0 && Person(type, lastWord, words) is { } id)
        {
            if (words.Length > 1)
            {
                _upgrade.Execute(entity.Name, key, id);
            }

            return id;
        }

        return (long)_insert.Scalar(type, key, entity.Name, lastWord)!;
    }

    public static string TypeName(EntityType type) => type == EntityType.Person ? "PERSON" : type.ToString().ToUpperInvariant();

    public void Dispose()
    {
        _find.Dispose();
        _sameLastWord.Dispose();
        _insert.Dispose();
        _upgrade.Dispose();
    }

    private long? Person(string type, string lastWord, string[] words)
    {
        var sameSurname = new List<(long Id, string[] Words)>();
        using (var reader = _sameLastWord.Reader(type, lastWord))
        {
            while (reader.Read())
            {
                sameSurname.Add((reader.GetInt64(0), EntityNameKey.Words(reader.GetString(1))));
            }
        }

        if (words.Length == 1)
        {
            return sameSurname.Count == 1 ? sameSurname[0].Id : null;
        }

        // A surname alone fits anyone of that surname; two full names need similar first names.
        foreach (var (id, known) in sameSurname)
        {
            if (known.Length == 1 || PersonNames.SimilarFirstName(known[0], words[0]))
            {
                return id;
            }
        }

        return null;
    }
}

using Microsoft.Data.Sqlite;
using Wirewatch.Core;
using Wirewatch.Extraction.Entities;

namespace Wirewatch.Store;

/// <summary>
/// Finds or makes the store's entity for an article's entity, within one transaction. Places are one entity per
/// gazetteer key (so "Kiev" and "Kyiv" in different articles meet); organisations and groups per name key; a
/// person by full name, or by the same surname with a compatible first name ("Dmitri Peskov", "Dmitry Peskov"),
/// and a surname alone joins the one person of that surname when there is exactly one, so that different people
/// with the same surname stay apart. What it reads of the entities table is kept in an <see cref="EntityDirectory"/>,
/// and the counts of mentions and articles are added up over the batch and written once per entity.
/// </summary>
internal sealed class GlobalEntities : IDisposable
{
    private readonly EntityDirectory _directory;
    private readonly PreparedCommand _find;
    private readonly PreparedCommand _sameLastWord;
    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _upgrade;
    private readonly PreparedCommand _counts;
    private readonly Dictionary<long, (long Mentions, long Articles)> _pendingCounts = [];

    public GlobalEntities(SqliteTransaction transaction, EntityDirectory directory)
    {
        _directory = directory;
        _find = new PreparedCommand(transaction, "SELECT id FROM entities WHERE type = $type AND key = $key", "$type", "$key");
        _sameLastWord = new PreparedCommand(transaction, "SELECT id, key FROM entities WHERE type = $type AND last_word = $last ORDER BY id", "$type", "$last");
        _insert = new PreparedCommand(transaction, "INSERT INTO entities(type, key, name, last_word) VALUES ($type, $key, $name, $last)", "$type", "$key", "$name", "$last");

        // A fuller name replaces a surname alone ("Peskov" becomes "Dmitry Peskov"); the directory has checked
        // that the old key is a surname alone and that no person has the new key.
        _upgrade = new PreparedCommand(transaction, "UPDATE entities SET name = $name, key = $key WHERE id = $id", "$name", "$key", "$id");
        _counts = new PreparedCommand(
            transaction,
            "UPDATE entities SET mention_count = mention_count + $mentions, article_count = article_count + $articles WHERE id = $entity",
            "$mentions", "$articles", "$entity");
    }

    public long Resolve(Entity entity)
    {
        var type = TypeName(entity.Type);
        var key = entity.Key.Length > 0 ? entity.Key : EntityNameKey.Of(entity.Name);
        var words = EntityNameKey.Words(key);
        var lastWord = words.Length == 0 ? key : words[^1];
        if (Find(type, key) is long exact)
        {
            return exact;
        }

        if (entity.Type == EntityType.Person && words.Length > 0 && Person(type, lastWord, words) is { } known)
        {
            if (words.Length > 1 && !known.Key.Contains(' ', StringComparison.Ordinal) && Find(type, key) is null)
            {
                _upgrade.Execute(entity.Name, key, known.Id);
                _directory.Rekeyed(known, type, key);
            }

            return known.Id;
        }

        var id = _insert.Insert(type, key, entity.Name, lastWord)!.Value;
        _directory.Added(id, type, key, lastWord);
        return id;
    }

    /// <summary>Counts an article's mentions of an entity, written by <see cref="WriteCounts"/>.</summary>
    public void Count(long entity, int mentions)
    {
        var (m, a) = _pendingCounts.GetValueOrDefault(entity);
        _pendingCounts[entity] = (m + mentions, a + 1);
    }

    /// <summary>Adds the batch's counts of mentions and articles to the entities.</summary>
    public void WriteCounts()
    {
        foreach (var (entity, (mentions, articles)) in _pendingCounts)
        {
            _counts.Execute(mentions, articles, entity);
        }

        _pendingCounts.Clear();
    }

    public static string TypeName(EntityType type) => type == EntityType.Person ? "PERSON" : type.ToString().ToUpperInvariant();

    public void Dispose()
    {
        _find.Dispose();
        _sameLastWord.Dispose();
        _insert.Dispose();
        _upgrade.Dispose();
        _counts.Dispose();
    }

    private long? Find(string type, string key)
    {
        if (!_directory.TryFind(type, key, out var id))
        {
            id = _find.Scalar(type, key) as long?;
            _directory.RememberKey(type, key, id);
        }

        return id;
    }

    private KnownEntity? Person(string type, string lastWord, string[] words)
    {
        var sameSurname = _directory.WithLastWord(type, lastWord);
        if (sameSurname is null)
        {
            var read = _sameLastWord.Rows(row => new KnownEntity(row.Int64(0), row.Text(1)), type, lastWord);
            _directory.RememberLastWord(type, lastWord, read);
            sameSurname = read;
        }

        if (words.Length == 1)
        {
            return sameSurname.Count == 1 ? sameSurname[0] : null;
        }

        // A surname alone fits anyone of that surname; two full names need similar first names.
        foreach (var known in sameSurname)
        {
            if (known.Words.Length == 1 || PersonNames.SimilarFirstName(known.Words[0], words[0]))
            {
                return known;
            }
        }

        return null;
    }
}

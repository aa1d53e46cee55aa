namespace Wirewatch.Store;

/// <summary>
/// What the writer has learnt of the store's entities table, kept in memory so that resolving an article's
/// entities does not read the table again: each (type, key) looked up, with its id or the fact that there is
/// none, and each (type, last word) looked up, with the entities that have it in id order. It mirrors every
/// change the writer makes; it is emptied when another connection may have changed the table and when a batch
/// is rolled back.
/// </summary>
internal sealed class EntityDirectory
{
    private readonly Dictionary<(string Type, string Key), long?> _byKey = [];
    private readonly Dictionary<(string Type, string LastWord), List<KnownEntity>> _byLastWord = [];

    /// <summary>The id of the entity with this type and key, null when there is none, or false when not known yet.</summary>
    public bool TryFind(string type, string key, out long? id) => _byKey.TryGetValue((type, key), out id);

    public void RememberKey(string type, string key, long? id) => _byKey[(type, key)] = id;

    /// <summary>The entities of this type and last word, in id order, or null when not known yet.</summary>
    public IReadOnlyList<KnownEntity>? WithLastWord(string type, string lastWord) =>
        _byLastWord.TryGetValue((type, lastWord), out var list) ? list : null;

    public void RememberLastWord(string type, string lastWord, List<KnownEntity> entities) => _byLastWord[(type, lastWord)] = entities;

    /// <summary>Records an entity the writer has just inserted.</summary>
    public void Added(long id, string type, string key, string lastWord)
    {
        _byKey[(type, key)] = id;
        if (_byLastWord.TryGetValue((type, lastWord), out var list))
        {
            list.Add(new KnownEntity(id, key)); // ids grow, so the list stays in id order
        }
    }

    /// <summary>Records that the writer gave an entity a new key (a fuller name).</summary>
    public void Rekeyed(KnownEntity entity, string type, string key)
    {
        _byKey[(type, entity.Key)] = null;
        _byKey[(type, key)] = entity.Id;
        entity.Key = key;
    }

    public void Clear()
    {
        _byKey.Clear();
        _byLastWord.Clear();
    }
}

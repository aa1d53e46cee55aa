using Wirewatch.Extraction.Entities;

namespace Wirewatch.Store;

/// <summary>An entity of the store as the writer knows it: its id and current key (the key grows with a fuller name).</summary>
internal sealed class KnownEntity(long id, string key)
{
    private string _key = key;

    public long Id { get; } = id;

    public string Key
    {
        get => _key;
        set
        {
            _key = value;
            Words = EntityNameKey.Words(value);
        }
    }

    public string[] Words { get; private set; } = EntityNameKey.Words(key);
}

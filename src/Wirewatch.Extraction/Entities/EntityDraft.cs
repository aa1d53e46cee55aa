using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>An entity while who-is-who is still building it: its type, mentions, keys and roles.</summary>
internal sealed class EntityDraft
{
    public EntityDraft(EntityType type)
    {
        Type = type;
    }

    public EntityType Type { get; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Canonical keys of its names ("united states", "dmitry peskov").</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>The words of its longest name ("dmitry", "peskov").</summary>
    public string[] NameWords { get; private set; } = [];

    /// <summary>The text of its longest name, as the article wrote it.</summary>
    public string? Name { get; private set; }

    /// <summary>The description that names it when it has no name ("the capital's military chief").</summary>
    public string? Description { get; set; }

    public List<string> Roles { get; } = [];

    /// <summary>Name mentions that stand for another entity (a capital acting as its country's government).</summary>
    public Dictionary<TextSpan, EntityDraft> StandsFor { get; } = [];

    public HashSet<string> RoleClasses { get; } = new(StringComparer.Ordinal);

    public int FirstMentionStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Span.Start);

    public int LastMentionStart => Mentions.Count == 0 ? -1 : Mentions.Max(m => m.Span.Start);

    public bool IsPlace => Type is EntityType.Gpe or EntityType.Loc or EntityType.Fac;

    private string? _nameKey;

    /// <summary>The key of its fullest name (for a place, the gazetteer's key of it), or of its description.</summary>
    public string BestKey => _nameKey ?? Keys.FirstOrDefault() ?? string.Empty;

    public void AddName(TextSpan span, string text, string key)
    {
        Mentions.Add(new Mention(span, MentionKind.Name));
        Keys.Add(key);
        var words = EntityNameKey.Words(key);
        if (Name is null || words.Length > NameWords.Length)
        {
            Name = text;
            NameWords = words;
            _nameKey = key;
        }
    }

    public void AddRole(string role, string? roleClass)
    {
        if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            Roles.Add(role);
        }

        if (roleClass is not null)
        {
            RoleClasses.Add(roleClass);
        }
    }
}

using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Who-is-who inside one article: groups the names into entities (<see cref="NameGrouping"/>), gives people
/// their roles (<see cref="RoleFinder"/>), links descriptions ("the Kremlin spokesman") and person pronouns
/// to people, and marks capitals and seats of government acting as their country's government.
/// </summary>
public sealed class WhoIsWhoComponent : IPipelineComponent
{
    private const int PronounReachSentences = 6;

    private readonly EntityLexicon _lexicon;
    private readonly RoleFinder _roles;
    private readonly DescriptionFinder _descriptions;
    private readonly Func<string, string?> _capitalOf;

    /// <param name="lexicon">The word lists.</param>
    /// <param name="capitalOf">Given a place's key, the key of the country it is the capital of, or null.</param>
    public WhoIsWhoComponent(EntityLexicon lexicon, Func<string, string?> capitalOf)
    {
        _lexicon = lexicon;
        _roles = new RoleFinder(lexicon);
        _descriptions = new DescriptionFinder(lexicon);
        _capitalOf = capitalOf;
    }

    public string Name => "who-is-who";

    public Layers Needs => Layers.FoldedText | Layers.Tokens | Layers.Sentences | Layers.Names;

    public Layers Adds => Layers.Entities;

    public void Process(Document document)
    {
        var tokens = new TokenView(document);
        var drafts = new List<EntityDraft>();
        var nameAt = new EntityType?[tokens.Count];
        var names = new List<(NameMention Name, EntityDraft Draft, int First, int End)>();
        foreach (var name in document.Names.OrderBy(n => n.Span.Start))
        {
            var text = tokens.Text(name.Span);
            var key = _lexicon.Canonical(NameKey.Of(text));
            if (key.Length == 0)
            {
                continue;
            }

            var draft = NameGrouping.Find(drafts, name.Type, key, _lexicon);
            if (draft is null)
            {
                draft = new EntityDraft(name.Type);
                drafts.Add(draft);
            }

            draft.AddName(name.Span, text, key);
            var first = tokens.IndexAt(name.Span.Start);
            var end = tokens.IndexAt(name.Span.End);
            for (var i = first; i < end; i++)
            {
                nameAt[i] = name.Type;
            }

            names.Add((name, draft, first, end));
        }

        EntityType? NameTypeAt(int i) => i >= 0 && i < nameAt.Length ? nameAt[i] : null;

        foreach (var (name, draft, first, end) in names.Where(n => n.Draft.Type == EntityType.Person))
        {
            if (_roles.Before(tokens, first, NameTypeAt) is { } before)
            {
                draft.AddRole(tokens.Text(before.Span), before.Class);
            }

            if (_roles.After(tokens, end) is { } after)
            {
                draft.AddRole(tokens.Text(after.Span), after.Class);
            }
        }

        AddDescriptions(tokens, drafts, NameTypeAt);
        AddPronouns(tokens, drafts);
        MarkMetonyms(tokens, drafts, names);
        document.Entities = Build(drafts);
    }

    private void AddDescriptions(TokenView tokens, List<EntityDraft> drafts, Func<int, EntityType?> nameTypeAt)
    {
        foreach (var (span, roleClass) in _descriptions.Find(tokens, nameTypeAt))
        {
            var key = NameKey.Of(tokens.Text(span));

            // A named person whose role is of the same class, the nearest before the description, else the first
            // after it ("the Russian president's official residence" ... "Russian President Vladimir Putin");
            // a person known only by a description is the same one when the description is the same.
            var candidates = drafts.Where(d => d.Type == EntityType.Person && (d.Name is not null ? d.RoleClasses.Contains(roleClass) : d.Keys.Contains(key))).ToList();
            var person = candidates.Where(d => d.FirstMentionStart < span.Start).MaxBy(d => d.Mentions.Where(m => m.Span.Start < span.Start).Max(m => m.Span.Start))
                ?? candidates.Where(d => d.Name is not null).MinBy(d => d.FirstMentionStart);
            if (person is null)
            {
                person = new EntityDraft(EntityType.Person) { Description = tokens.Text(span) };
                person.Keys.Add(key);
                person.RoleClasses.Add(roleClass);
                drafts.Add(person);
            }

            person.Mentions.Add(new Mention(span, MentionKind.Nominal));
        }
    }

    private void AddPronouns(TokenView tokens, List<EntityDraft> drafts)
    {
        var people = drafts.Where(d => d.Type == EntityType.Person).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_lexicon.IsPersonPronoun(tokens.Word(i)))
            {
                continue;
            }

            var start = tokens.Tokens[i].Start;
            var sentence = tokens.SentenceOf(i);
            EntityDraft? nearest = null;
            var nearestStart = -1;
            foreach (var person in people)
            {
                foreach (var mention in person.Mentions)
                {
                    if (mention.Kind != MentionKind.Pronoun && mention.Span.End <= start && mention.Span.Start > nearestStart
                        && sentence - tokens.SentenceOf(tokens.IndexAt(mention.Span.Start)) <= PronounReachSentences)
                    {
                        nearest = person;
                        nearestStart = mention.Span.Start;
                    }
                }
            }

            nearest?.Mentions.Add(new Mention(tokens.Tokens[i].Span, MentionKind.Pronoun));
        }
    }

    // "Moscow struck Kherson", "the Kremlin said": a capital or seat of government acting stands for its country.
    private void MarkMetonyms(TokenView tokens, List<EntityDraft> drafts, List<(NameMention Name, EntityDraft Draft, int First, int End)> names)
    {
        foreach (var (name, draft, first, end) in names)
        {
            var key = NameKey.Of(tokens.Text(name.Span));
            var country = _lexicon.SeatOfGovernment(key) ?? (draft.IsPlace ? _capitalOf(_lexicon.Canonical(key)) : null);
            if (country is null || !Acts(tokens, first, end))
            {
                continue;
            }

            var countryKey = _lexicon.Canonical(country);
            var target = drafts.FirstOrDefault(d => d != draft && d.Type == EntityType.Gpe && d.Keys.Contains(countryKey));
            if (target is null)
            {
                continue;
            }

            draft.StandsFor[name.Span] = target;
        }
    }

    // The name acts when it is a subject or possessor ("Moscow struck", "Moscow, has strengthened", "Washington's
    // non-involvement") or an agent ("by Washington"), and not after a locative preposition ("in Washington").
    private bool Acts(TokenView tokens, int first, int end)
    {
        var before = first - 1;
        if (before >= 0 && _lexicon.IsDeterminer(tokens.Word(before)))
        {
            before--;
        }

        if (before >= 0 && _lexicon.IsLocativePreposition(tokens.Word(before)))
        {
            return false;
        }

        if (before >= 0 && tokens.Word(before).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = end < tokens.Count && tokens.Word(end) == "," ? end + 1 : end;
        if (next >= tokens.Count || tokens.SentenceOf(next) != tokens.SentenceOf(first))
        {
            return false;
        }

        var word = tokens.Word(next);
        if (word == "'s")
        {
            return true;
        }

        return tokens.PartOfSpeechOf(next) switch
        {
            PartOfSpeech.Verb or PartOfSpeech.Aux => true,
            null => word.Length > 0 && char.IsLower(word[0]) && !_lexicon.IsLocativePreposition(word) && !_lexicon.IsNameConnector(word),
            _ => false,
        };
    }

    private static List<Entity> Build(List<EntityDraft> drafts)
    {
        var ordered = drafts.Where(d => d.Mentions.Count > 0).OrderBy(d => d.Mentions.Min(m => m.Span.Start)).ToList();
        var ids = ordered.Select((d, i) => (d, $"e{i + 1}")).ToDictionary(p => p.d, p => p.Item2);
        return ordered.Select(d => new Entity(
                ids[d],
                d.Name ?? d.Description ?? string.Empty,
                d.Type,
                d.Roles,
                d.Mentions.OrderBy(m => m.Span.Start).Select(m => d.StandsFor.TryGetValue(m.Span, out var target) ? m with { StandsFor = ids.GetValueOrDefault(target) } : m).ToList()))
            .ToList();
    }
}

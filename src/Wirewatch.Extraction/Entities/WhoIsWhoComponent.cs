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
    private readonly IPlaceDirectory _places;

    /// <param name="lexicon">The word lists.</param>
    /// <param name="places">One key for every spelling of a place; capitals and their countries.</param>
    public WhoIsWhoComponent(EntityLexicon lexicon, IPlaceDirectory places)
    {
        _lexicon = lexicon;
        _roles = new RoleFinder(lexicon);
        _descriptions = new DescriptionFinder(lexicon);
        _places = places;
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
            var key = KeyOf(name.Type, text);
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
            var key = EntityNameKey.Of(tokens.Text(span));

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
        var genders = new PronounGender[people.Count]; // what each person has been called so far ("she" earlier: not "he")
        for (var p = 0; p < people.Count; p++)
        {
            genders[p] = TitleGender(tokens, people[p]);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.WordSpan(i);
            if (!_lexicon.IsPersonPronoun(word))
            {
                continue;
            }

            var gender = _lexicon.GenderOf(word);
            var start = tokens.Tokens[i].Start;
            var sentence = tokens.SentenceOf(i);
            EntityDraft? nearest = null;
            var nearestIndex = -1;
            var nearestStart = -1;
            for (var p = 0; p < people.Count; p++)
            {
                var person = people[p];
                if (gender != PronounGender.None && genders[p] != PronounGender.None && (genders[p] & gender) == 0)
                {
                    continue;
                }

                foreach (var mention in person.Mentions)
                {
                    if (mention.Kind != MentionKind.Pronoun && mention.Span.End <= start && mention.Span.Start > nearestStart
                        && sentence - tokens.SentenceOf(tokens.IndexAt(mention.Span.Start)) <= PronounReachSentences)
                    {
                        nearest = person;
                        nearestIndex = p;
                        nearestStart = mention.Span.Start;
                    }
                }
            }

            if (nearest is not null)
            {
                nearest.Mentions.Add(new Mention(tokens.Tokens[i].Span, MentionKind.Pronoun));
                genders[nearestIndex] |= gender;
            }
        }
    }

    // "Mr. Tedeschi", "Mrs. Sam": a courtesy title in or just before a person's name marks their gender.
    private PronounGender TitleGender(TokenView tokens, EntityDraft person)
    {
        var gender = PronounGender.None;
        foreach (var mention in person.Mentions)
        {
            var i = tokens.IndexAt(mention.Span.Start);
            if (mention.Kind == MentionKind.Pronoun || i >= tokens.Count)
            {
                continue;
            }

            gender |= _lexicon.GenderOf(tokens.WordSpan(i));
            if (i > 0)
            {
                gender |= _lexicon.GenderOf(tokens.WordSpan(i - 1));
            }
        }

        // a title of each gender (two people merged, or a misreading) tells nothing
        return gender is PronounGender.Male or PronounGender.Female ? gender : PronounGender.None;
    }

    // "Moscow struck Kherson", "the Kremlin said": a capital or seat of government acting stands for its country.
    private void MarkMetonyms(TokenView tokens, List<EntityDraft> drafts, List<(NameMention Name, EntityDraft Draft, int First, int End)> names)
    {
        foreach (var (name, draft, first, end) in names)
        {
            var text = tokens.Text(name.Span);
            var seat = _lexicon.SeatOfGovernment(EntityNameKey.Of(text));
            var countryKey = seat is not null ? KeyOf(EntityType.Gpe, seat) : draft.IsPlace ? _places.CountryOfCapital(KeyOf(name.Type, text)) : null;
            if (countryKey is null || !Acts(tokens, first, end))
            {
                continue;
            }

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
        if (before >= 0 && _lexicon.IsDeterminer(tokens.WordSpan(before)))
        {
            before--;
        }

        if (before >= 0 && _lexicon.IsLocativePreposition(tokens.WordSpan(before)))
        {
            return false;
        }

        if (before >= 0 && tokens.WordSpan(before).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = end < tokens.Count && tokens.WordSpan(end) is "," ? end + 1 : end;
        while (next + 1 < tokens.Count && tokens.PartOfSpeechOf(next) == PartOfSpeech.Adv)
        {
            next++; // "The White House still has"
        }

        if (next >= tokens.Count || tokens.SentenceOf(next) != tokens.SentenceOf(first))
        {
            return false;
        }

        var word = tokens.WordSpan(next);
        if (word is "'s")
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

    // Places share one key for all their spellings (from the gazetteer); other names are compared by their
    // folded text, with the aliases of the word list ("UN" and "United Nations").
    private string KeyOf(EntityType type, string text)
        => (type is EntityType.Gpe or EntityType.Loc or EntityType.Fac ? _places.KeyOf(text) : null) ?? _lexicon.Canonical(EntityNameKey.Of(text));

    private static List<Entity> Build(List<EntityDraft> drafts)
    {
        var ordered = drafts.Where(d => d.Mentions.Count > 0).OrderBy(d => d.Mentions.Min(m => m.Span.Start)).ToList();
        var ids = ordered.Select((d, i) => (d, $"e{i + 1}")).ToDictionary(p => p.d, p => p.Item2);
        return ordered.Select(d => new Entity(
                ids[d],
                d.Name ?? d.Description ?? string.Empty,
                d.Type,
                d.Roles,
                d.Mentions.OrderBy(m => m.Span.Start).Select(m => d.StandsFor.TryGetValue(m.Span, out var target) ? m with { StandsFor = ids.GetValueOrDefault(target) } : m).ToList())
            {
                Key = d.BestKey,
            })
            .ToList();
    }
}

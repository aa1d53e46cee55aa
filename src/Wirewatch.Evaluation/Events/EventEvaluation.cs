using System.Globalization;
using Wirewatch.Core;
using Wirewatch.Corpora.Case;
using Wirewatch.Corpora.Muc;
using Wirewatch.Extraction.Events;
using Wirewatch.Text.Reading;

namespace Wirewatch.Evaluation.Events;

/// <summary>
/// Scores events on MUC-4 (dev, tst1, tst2) per slot and on the CASE 2021 task 2 sample for sub-event types.
/// MUC-4, document level (as GRIT, Du et al. 2021): per message, the fills of all its relevant templates, merged
/// where they share an alternative, against the distinct fills of all our events whose trigger classes map to a
/// MUC-4 incident type (data/events/muc4-types.tsv); an irrelevant message has no key fills, so what we find there
/// is wrong. Optional fills ("?", optional templates) cost nothing when missed. Credit and matching follow the
/// MUC-4 scoring guidelines (<see cref="MucSlotScorer"/>, <see cref="MucFillMatcher"/>): 1 for a fully correct
/// fill, 0.5 for a partially correct one. Slots: incident type; date; location ("COUNTRY: PLACE"); perpetrator
/// organisation (our actor1); human target (our targets with a person noun or a person's name; a key name with
/// the descriptions that cross-reference it is one target); effect (DEATH when fatalities &gt; 0, INJURY when
/// injuries &gt; 0).
/// </summary>
public sealed class EventEvaluation
{
    private static readonly string[] Slots = ["incident type", "date", "location", "perpetrator org", "human target", "effect"];

    private readonly Pipeline _pipeline;
    private readonly EventLexicon _lexicon;
    private readonly IReadOnlyList<(string Class, string Type)> _mucTypes;

    public EventEvaluation(Pipeline pipeline, EventLexicon lexicon)
    {
        _pipeline = pipeline;
        _lexicon = lexicon;
        _mucTypes = DataFiles.ReadList("events/muc4-types.tsv").Select(l => l.Split('\t', StringSplitOptions.TrimEntries)).Select(p => (p[0], p[1])).ToList();
    }

    public IReadOnlyList<EvaluationTable> Run(string shared, TextWriter? errors = null, int maxErrors = 0)
    {
        var corpora = SharedData.PathIn(shared, "eval-data", "muc4", "CORPORA");
        var table = new EvaluationTable("Events on MUC-4 (per slot, document level, MUC-4 credit: head-noun strings, partial 0.5)", ["set", "messages", .. Slots.SelectMany(s => new[] { s + " F1" }), "overall P", "overall R", "overall F1"]);
        var sets = new (string Name, string[] Texts, string[] Keys)[]
        {
            ("dev", Directory.GetFiles(Path.Combine(corpora, "dev"), "dev-muc3-*").Order(StringComparer.Ordinal).ToArray(), Directory.GetFiles(Path.Combine(corpora, "dev"), "key-dev-*").Order(StringComparer.Ordinal).ToArray()),
            ("tst1", [Path.Combine(corpora, "tst1", "tst1-muc3")], [Path.Combine(corpora, "tst1", "key-tst1.v7")]),
            ("tst2", [Path.Combine(corpora, "tst2", "tst2-muc4")], [Path.Combine(corpora, "tst2", "key-tst2.v4")]),
        };
        var all = new MucScore[Slots.Length];
        var allMessages = 0;
        var shown = 0;
        foreach (var (name, texts, keys) in sets)
        {
            var templates = keys.SelectMany(MucReader.ReadKeys).GroupBy(t => t.MessageId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var scores = new MucScore[Slots.Length];
            var messages = 0;
            foreach (var message in texts.SelectMany(MucReader.ReadMessages))
            {
                if (!templates.TryGetValue(message.Id, out var key))
                {
                    continue;
                }

                messages++;
                var document = ArticleText.Create(message.Id, message.Date, DateOrigin.Record, null, message.Id, message.Text);
                _pipeline.Run(document);
                var inputs = SlotInputs(document, message.Date, key.Where(t => t.Relevant).ToList());
                var slotScores = inputs.Select(i => MucSlotScorer.Score(i.Key, i.Response, i.Credit)).ToArray();
                for (var s = 0; s < Slots.Length; s++)
                {
                    scores[s] += slotScores[s];
                }

                if (errors is not null && shown < maxErrors && slotScores.Any(p => p.Credit < p.Actual || p.Credit < p.Possible))
                {
                    shown++;
                    errors.WriteLine($"{message.Id}: " + string.Join("  ", Slots.Select((s, i) => $"{s} {slotScores[i].Credit.ToString(CultureInfo.InvariantCulture)}/{slotScores[i].Actual}/{slotScores[i].Possible}")));
                    foreach (var e in document.Events)
                    {
                        errors.WriteLine($"  event '{e.Trigger.Slice(document.Text).ReplaceLineEndings(" ")}' [{string.Join(",", e.Classes)}] -> {(MucRelevance.Default.IsRelevant(e, document.Text, message.Date) ? MucType(e) : null) ?? "not scored"}: {Describe(document, e)}");
                        foreach (var mention in e.Mentions)
                        {
                            errors.WriteLine($"    > {SentenceOf(document, mention)}");
                        }
                    }

                    for (var s = 0; s < Slots.Length; s++)
                    {
                        if (slotScores[s].Credit < slotScores[s].Actual || slotScores[s].Credit < slotScores[s].Possible)
                        {
                            var keyText = string.Join(" | ", inputs[s].Key.Select(f => (f.Optional ? "?" : string.Empty) + string.Join(" / ", f.Alternatives)));
                            errors.WriteLine($"  {Slots[s]}: key [{keyText}] found [{string.Join(" | ", inputs[s].Response)}]");
                        }
                    }
                }
            }

            AddRow(table, name, messages, scores);
            for (var s = 0; s < Slots.Length; s++)
            {
                all[s] += scores[s];
            }

            allMessages += messages;
        }

        AddRow(table, "all", allMessages, all);
        return [table, Case(shared)];
    }

    /// <summary>An event's fills on one line, for the error listing: date, place, actors, targets, casualties.</summary>
    private static string Describe(Document document, Event e)
    {
        string Words(TextSpan span) => span.Slice(document.Text).ReplaceLineEndings(" ");
        return $"date {e.Date ?? "-"}{(e.TimeId is null ? " (dateline)" : string.Empty)}; place {MucLocation(e.Location) ?? "-"}; "
            + $"actors [{string.Join(" | ", e.Actors.Select(a => a.Role + " " + Words(a.Span)))}]; targets [{string.Join(" | ", e.Targets.Select(Words))}]; "
            + $"dead {e.Fatalities?.Value.ToString(CultureInfo.InvariantCulture) ?? "-"}, hurt {e.Injuries?.Value.ToString(CultureInfo.InvariantCulture) ?? "-"}";
    }

    /// <summary>The sentence a mention is in, on one line, for the error listing.</summary>
    private static string SentenceOf(Document document, TextSpan mention)
    {
        var sentence = document.Sentences.FirstOrDefault(s => s.Start <= mention.Start && mention.Start < s.End);
        return sentence.Slice(document.Text).ReplaceLineEndings(" ");
    }

    private static void AddRow(EvaluationTable table, string name, int messages, MucScore[] scores)
    {
        var total = scores.Aggregate(default(MucScore), (a, b) => a + b);
        table.Add([name, EvaluationTable.Count(messages), .. scores.Select(p => EvaluationTable.Score(p.F1)), EvaluationTable.Score(total.Precision), EvaluationTable.Score(total.Recall), EvaluationTable.Score(total.F1)]);
    }

    private (IReadOnlyList<MucFill> Key, IReadOnlyList<string> Response, Func<string, string, double> Credit)[] SlotInputs(Document document, DateOnly? dateline, List<MucTemplate> key)
    {
        var events = document.Events.Where(e => MucRelevance.Default.IsRelevant(e, document.Text, dateline)).Select(e => (Event: e, Type: MucType(e))).Where(e => e.Type is not null).ToList();
        IReadOnlyList<string> Responses(IEnumerable<string?> values)
            => values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = document.Text;
        var strings = MucFillMatcher.Default;
        bool ForeignDateline(Event e) => MucRelevance.IsPlacedByDateline(e, text) && !MucRelevance.Default.IsInCountryOfInterest(e);
        return
        [
            (Merged(key.SelectMany(t => t.Types)), Responses(events.Select(e => e.Type)), MucSlotScorer.SameValue),
            (Merged(key.SelectMany(t => t.Dates)), Responses(events.Select(e => e.Event.TimeId is null && MucDate(e.Event.Date) is { } d ? "- " + d : MucDate(e.Event.Date))), MucFillMatcher.Date),
            (Merged(key.SelectMany(t => t.Locations)), Responses(events.Select(e => ForeignDateline(e.Event) ? null : MucLocation(e.Event.Location))), MucFillMatcher.Location),
            (Merged(key.SelectMany(t => t.PerpetratorOrganisations)), Perpetrators(document, events.Select(e => e.Event)), strings.Strings),
            (Merged(key.SelectMany(t => t.HumanTargets)), HumanTargets(document, events.Select(e => e.Event)), strings.Strings),
            (Merged(key.SelectMany(t => t.Effects)), Responses(events.SelectMany(e => Effects(e.Event))), MucSlotScorer.SameValue),
        ];
    }

    /// <summary>
    /// The fills of a message's templates as one set (document-level scoring, as GRIT): fills sharing an alternative
    /// are one fill with all their alternatives, optional only when every one of them is.
    /// </summary>
    private static List<MucFill> Merged(IEnumerable<MucFill> fills)
    {
        var merged = new List<MucFill>();
        foreach (var fill in fills)
        {
            var same = merged.Where(m => m.Alternatives.Intersect(fill.Alternatives, StringComparer.OrdinalIgnoreCase).Any()).ToList();
            merged.RemoveAll(same.Contains);
            merged.Add(new MucFill(
                same.SelectMany(m => m.Alternatives).Concat(fill.Alternatives).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                fill.Optional && same.All(m => m.Optional)));
        }

        return merged;
    }

    /// <summary>Our place in MUC-4's form: "EL SALVADOR: SAN SALVADOR", or the country alone (also when only the country is known, geoPrecision 3).</summary>
    private static string? MucLocation(EventLocation? location)
        => location is null ? null
            : string.Equals(location.Name, location.Country, StringComparison.OrdinalIgnoreCase) || location.Name.Length == 0 || location.GeoPrecision == 3 ? location.Country
            : location.Country.Length == 0 ? location.Name
            : $"{location.Country}: {location.Name}";

    /// <summary>
    /// Our perpetrator organisations: the actor1 of each event, unless it is a person or a place (the slot holds
    /// organisations); one response an organisation, however often and in whatever form it is named ("ELN", "Army of
    /// National Liberation": the same entity, or the same armed group in data/events/armed-groups.tsv).
    /// </summary>
    private IReadOnlyList<string> Perpetrators(Document document, IEnumerable<Event> events)
    {
        var text = document.Text;
        var entities = document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<string>();
        foreach (var actor in events.SelectMany(e => e.Actors).Where(a => a.Role == "actor1"))
        {
            var entity = actor.EntityId is { } id ? entities.GetValueOrDefault(id) : null;
            if (entity is { Type: EntityType.Person or EntityType.Gpe or EntityType.Loc or EntityType.Fac } || (entity is null && IsPersonName(document, actor.Span)))
            {
                continue;
            }

            var written = actor.Span.Slice(text);
            var words = written.ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var group = _lexicon.ArmedGroups.Match(words, 0, words.Length) is { } m && m.Length == words.Length ? m.Value : null;
            if (group is null && !NamesOrganisation(document, actor.Span))
            {
                continue;
            }

            string?[] keys = [group, entity?.Id, written.ReplaceLineEndings(" ")];
            if (!keys.Any(k => k is not null && seen.Contains(k)))
            {
                found.Add(written);
                seen.UnionWith(keys.OfType<string>());
            }
        }

        return found;
    }

    /// <summary>
    /// Whether an actor names an organisation, as the slot asks (MUC-4 guidelines 3.2.10: "filled only with proper
    /// names"): an organisation's or group's name in it, not only common nouns ("guerrillas", "unidentified men").
    /// </summary>
    private static bool NamesOrganisation(Document document, TextSpan span)
        => document.Entities.Any(e => e.Type is EntityType.Org or EntityType.Norp && e.Mentions.Any(m => m.Kind == MentionKind.Name && m.Span.Overlaps(span)));

    /// <summary>A person's name with no word for a group in it ("Dairo Suarez", not "Suarez's men").</summary>
    private bool IsPersonName(Document document, TextSpan span)
        => document.Entities.Any(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Span.Overlaps(span) && m.Kind == MentionKind.Name))
           && !span.Slice(document.Text).ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(_lexicon.ActorNouns.Contains);

    /// <summary>
    /// Our human targets: each event's targets that are people, a list of them ("six Jesuit priests and two
    /// companions") item by item, one response a person or group however often and in whatever form it is named
    /// ("Msgr Romero", "Msgr Oscar Arnulfo Romero"; "five peasants", "the peasants"), the shortest form kept.
    /// </summary>
    private IReadOnlyList<string> HumanTargets(Document document, IEnumerable<Event> events)
    {
        var found = new List<string>();
        foreach (var target in events.SelectMany(e => e.Targets).SelectMany(t => Items(document, t)))
        {
            var named = Named(document, target, out var pronoun);
            if (!pronoun && !IsPerson(document, target, named))
            {
                continue;
            }

            var same = found.FindIndex(f => MucFillMatcher.Default.Same(f, named));
            if (same < 0)
            {
                found.Add(named);
            }
            else if (named.Length < found[same].Length)
            {
                found[same] = named;
            }
        }

        return found;
    }

    /// <summary>The items of a target that lists people ("six Jesuit priests and two companions"), split at "and" and commas.</summary>
    private static IEnumerable<TextSpan> Items(Document document, TextSpan target)
    {
        var from = target.Start;
        var tokens = document.Tokens;
        var first = FirstTokenAt(tokens, target.Start);
        for (var i = first; i < tokens.Count && tokens[i].End <= target.End; i++)
        {
            var word = tokens[i].Span.Slice(document.Text);
            if ((word is "," || word.Equals("and", StringComparison.OrdinalIgnoreCase)) && tokens[i].Start > from)
            {
                yield return new TextSpan(from, tokens[i - 1].End);
                from = i + 1 < tokens.Count ? tokens[i + 1].Start : target.End;
            }
        }

        if (from < target.End)
        {
            yield return new TextSpan(from, target.End);
        }
    }

    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int offset) => TokenSearch.FirstEndingAfter(tokens, offset);

    /// <summary>
    /// A human target: its head noun is a person noun ("Jesuit priests", "mayor of Achi", not "his residence" or "the
    /// killing of two patrolmen") or a word of a person's name ("Oscar Arnulfo Romero").
    /// </summary>
    private bool IsPerson(Document document, TextSpan target, string written)
    {
        if (MucFillMatcher.Default.HeadNoun(written) is not { } head)
        {
            return false;
        }

        if (_lexicon.TargetNouns.GetValueOrDefault(head) == "person")
        {
            return true;
        }

        // A title and a name ("Guatemalan political leader Gilda Flores"): a person noun followed by proper nouns only.
        var tokens = document.Tokens;
        var title = -1;
        var names = 0;
        for (var i = FirstTokenAt(tokens, target.Start); i < tokens.Count && tokens[i].End <= target.End; i++)
        {
            if (_lexicon.TargetNouns.GetValueOrDefault(tokens[i].Span.Slice(document.Text).ToLowerInvariant()) == "person")
            {
                title = i;
                names = 0;
            }
            else if (title >= 0)
            {
                names = document.PartsOfSpeech[i] == PartOfSpeech.PropN && names >= 0 ? names + 1 : -1;
            }
        }

        if (title >= 0 && names > 0)
        {
            return true;
        }

        return document.Entities.Any(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Kind == MentionKind.Name && m.Span.Overlaps(target)
            && m.Span.Slice(document.Text).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>A target as MUC-4 fills it: a pronoun ("killed him") by the name of the person it stands for.</summary>
    private static string Named(Document document, TextSpan target, out bool pronoun)
    {
        var person = document.Entities.FirstOrDefault(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Kind == MentionKind.Pronoun && m.Span == target));
        pronoun = person is not null;
        return (person?.Name ?? target.Slice(document.Text)).ReplaceLineEndings(" ");
    }

    private IEnumerable<string?> Effects(Event e)
    {
        if (e.Fatalities is { Value: > 0 } || MucRelevance.Default.ImpliesDeath(e))
        {
            yield return "DEATH";
        }

        if (e.Injuries is { Value: > 0 })
        {
            yield return "INJURY";
        }
    }

    private string? MucType(Event e) => _mucTypes.FirstOrDefault(m => e.Classes.Contains(m.Class)).Type;

    private static string? MucDate(string? iso)
        => iso is { Length: 10 } && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd MMM yy", CultureInfo.InvariantCulture).ToUpperInvariant()
            : null;

    private EvaluationTable Case(string shared)
    {
        var folder = SharedData.PathIn(shared, "eval-data", "case2021-task2", "task2", "sample_data");
        var snippets = CaseReader.Read(Path.Combine(folder, "sample_input.txt"), Path.Combine(folder, "sample_output.txt"));
        var table = new EvaluationTable("Event types on the CASE 2021 task 2 sample (ACLED sub-event types)", "set", "snippets", "type accuracy");
        var correct = 0;
        foreach (var snippet in snippets)
        {
            var document = ArticleText.Create(snippet.Id, null, DateOrigin.Unknown, null, snippet.Id, snippet.Text);
            _pipeline.Run(document);
            var main = document.Events.OrderByDescending(e => e.Mentions.Count).FirstOrDefault();
            var code = main is null ? "OTHER" : _lexicon.TypeOf(main.SubType).CaseCode;
            correct += code == snippet.Gold ? 1 : 0;
        }

        table.Add("sample", EvaluationTable.Count(snippets.Count), EvaluationTable.Score(snippets.Count == 0 ? 0 : correct / (double)snippets.Count));
        return table;
    }
}

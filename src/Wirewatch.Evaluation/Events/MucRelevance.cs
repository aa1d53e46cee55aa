using System.Globalization;
using Wirewatch.Core;

namespace Wirewatch.Evaluation.Events;

/// <summary>
/// MUC-4's definition of a relevant incident applied to our events (data/events/muc4-relevance.tsv): in one of the
/// nine countries of interest (or placed nowhere), told specifically (rule 7), not a clash between armed forces, not aimed at armed forces
/// alone (rule 1: an attack on soldiers, police, guerrillas or drug traffickers is a guerrilla act), and recent (rule 6:
/// a month or a year counts by its last day, "November 1985" is old, "in 1989" told on 9 January 1990 is not).
/// </summary>
public sealed class MucRelevance
{
    private readonly HashSet<string> _countries;
    private readonly HashSet<string> _unscoredTypes;
    private readonly int _recentDays;
    private readonly HashSet<string> _deathClasses;
    private readonly HashSet<string> _armedWords;
    private readonly HashSet<string> _civilianWords;
    private readonly HashSet<string> _vagueClasses;

    public MucRelevance(IEnumerable<string> lines)
    {
        var rows = lines.Select(l => l.Split('\t', StringSplitOptions.TrimEntries)).Where(p => p.Length == 2).ToList();
        _countries = rows.Where(p => p[0] == "country").Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        _unscoredTypes = rows.Where(p => p[0] == "unscored-type").Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        _deathClasses = rows.Where(p => p[0] == "death-class").Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        _armedWords = rows.Where(p => p[0] == "armed-word").Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        _civilianWords = rows.Where(p => p[0] == "civilian-word").Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        _vagueClasses = rows.Where(p => p[0] == "vague-class").Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        _recentDays = rows.Where(p => p[0] == "recent-days").Select(p => int.Parse(p[1], CultureInfo.InvariantCulture)).DefaultIfEmpty(int.MaxValue).First();
    }

    public static MucRelevance Default { get; } = new(DataFiles.ReadList("events/muc4-relevance.tsv"));

    public bool IsRelevant(Event e, string text, DateOnly? dateline)
        => !_unscoredTypes.Contains(e.Type)
           && !IsAimedAtArmedForces(e, text)
           && IsSpecific(e)
           && (e.Location is null || e.Location.CountryCode.Length == 0 || _countries.Contains(e.Location.CountryCode) || IsPlacedByDateline(e, text))
           && !(dateline is { } d && Day(e.Date) is { } day && d.DayNumber - day.DayNumber > _recentDays);

    /// <summary>Whether the event is placed in one of the nine countries of interest.</summary>
    public bool IsInCountryOfInterest(Event e) => e.Location is { } l && _countries.Contains(l.CountryCode);

    /// <summary>
    /// Whether the event's place is only the dateline's ("SAN JOSE, 2 JUN 89 (...) --"): where the report was filed, not
    /// where the incident was, so it places the incident nowhere (rule 4 asks where the incident, its perpetrators or
    /// targets belong).
    /// </summary>
    public static bool IsPlacedByDateline(Event e, string text)
    {
        if (e.Location is not { GeoPrecision: 3 } location)
        {
            return false;
        }

        var end = text.IndexOf(" -- ", StringComparison.Ordinal);
        return end > 0 && location.Span.End <= end;
    }

    /// <summary>
    /// Rule 1: every one the event hit, its targets and the people its casualty figures count ("5 soldiers killed"), is
    /// a member of an armed force or group.
    /// </summary>
    private bool IsAimedAtArmedForces(Event e, string text)
    {
        var hit = e.Targets.Concat(new[] { e.Fatalities, e.Injuries }.OfType<EventNumber>().Select(n => n.Span)).ToList();
        return hit.Count > 0 && hit.All(t => IsArmed(t.Slice(text)));
    }

    /// <summary>
    /// Rule 7: an incident is told specifically when it "at least indicates the nature of the target or the nature of
    /// the attack": a target, casualties, or a trigger that says what was done ("bombing", "murdered", "kidnapped"),
    /// not only "an attack" or "two explosions".
    /// </summary>
    private bool IsSpecific(Event e)
        => e.Targets.Count > 0 || e.Fatalities is { Value: > 0 } || e.Injuries is { Value: > 0 } || !e.Classes.All(_vagueClasses.Contains);

    /// <summary>
    /// Whether a target is a member of an armed force or group ("three soldiers", "members of the security forces"),
    /// not someone who was one ("a retired general", "former army commander").
    /// </summary>
    private bool IsArmed(string target)
    {
        var words = target.ToLowerInvariant().Split([' ', '\n', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(_armedWords.Contains) && !words.Any(_civilianWords.Contains);
    }

    /// <summary>Whether the event's words say someone died ("murdered", "massacre"): MUC-4's effect DEATH, however many.</summary>
    public bool ImpliesDeath(Event e) => e.Classes.Any(_deathClasses.Contains);

    /// <summary>The last day of an event's date: the day itself, the month's last day ("1985-11"), the year's ("1982"); null when unknown.</summary>
    private static DateOnly? Day(string? iso)
        => iso switch
        {
            { Length: 10 } when DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            { Length: 7 } when DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m.AddMonths(1).AddDays(-1),
            { Length: 4 } when int.TryParse(iso, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999 => new DateOnly(y, 12, 31),
            _ => null,
        };
}

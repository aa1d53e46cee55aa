using System.Text.Json;
using Wirewatch.Evaluation;
using Wirewatch.Testing;

namespace Wirewatch.Cli.Tests;

/// <summary>Issue 3's "done when" on the example article, through the whole pipeline and the JSON contract.</summary>
public class EntitiesOnExampleTests
{
    private static readonly Lazy<List<(string Name, string Type, string[] Roles, string[] Mentions)>> Entities = new(Analyse);

    [SharedDataFact]
    public void Each_person_comes_out_once_with_their_role()
    {
        var people = Entities.Value.Where(e => e.Type == "PERSON").ToList();
        foreach (var (surname, role) in new[] { ("Putin", "Russian President"), ("Peskov", "Kremlin spokesman"), ("Kirby", "strategic communications coordinator"), ("Ryabkov", "Deputy Foreign Minister"), ("Lavrov", "Russian Foreign Minister"), ("Rogov", "member of the Russian-appointed") })
        {
            var person = Assert.Single(people, p => p.Mentions.Contains(surname) || p.Name.EndsWith(surname, StringComparison.Ordinal));
            Assert.Contains(person.Roles, r => r.StartsWith(role, StringComparison.Ordinal));
        }
    }

    [SharedDataFact]
    public void Kyiv_in_every_spelling_is_one_place()
    {
        var kyiv = Assert.Single(Entities.Value, e => e.Mentions.Contains("Kiev"));

        Assert.Equal("GPE", kyiv.Type);
        Assert.Contains("kyiv", kyiv.Mentions);
        Assert.Contains("Kyiv", kyiv.Mentions);
    }

    [SharedDataFact]
    public void The_organisations_and_groups_are_found()
    {
        var organisations = Entities.Value.Where(e => e.Type == "ORG").Select(e => e.Name).ToList();
        foreach (var name in new[] { "CNN", "TASS", "NATO", "International Atomic Energy Agency", "White House", "State Department", "Kyiv City Military Administration", "State Nuclear Regulatory Inspectorate" })
        {
            Assert.Contains(organisations, o => o.Contains(name, StringComparison.Ordinal));
        }

        var groups = Entities.Value.Where(e => e.Type == "NORP").Select(e => e.Name).ToList();
        Assert.Contains("Russian", groups);
        Assert.Contains("Ukrainian", groups);
    }

    private static List<(string, string, string[], string[])> Analyse()
    {
        var path = Path.Combine(SharedData.Locate(), "examples", "kremlin-drone-2023-05-05.txt");
        var run = CliRun.Of("analyze", path);
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("entities").EnumerateArray().Select(e => (
            e.GetProperty("name").GetString()!,
            e.GetProperty("type").GetString()!,
            e.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray(),
            e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToArray())).ToList();
    }
}

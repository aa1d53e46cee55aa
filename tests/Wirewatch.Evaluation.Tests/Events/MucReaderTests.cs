using Wirewatch.Corpora.Muc;

namespace Wirewatch.Evaluation.Tests.Events;

/// <summary>How answer keys are read: alternatives, optional fills and templates, cross-referenced human targets. The key below is written for this test.</summary>
public class MucReaderTests
{
    private const string Key = """
        0.  MESSAGE: ID                     TST9-MUC4-0001
        1.  MESSAGE: TEMPLATE               1
        2.  INCIDENT: DATE                  (03 MAR 90) / (- 04 MAR 90)
        3.  INCIDENT: LOCATION              (PERU: LIMA (CITY / DEPARTMENT)) / (PERU)
        4.  INCIDENT: TYPE                  BOMBING / ATTACK
        10. PERP: ORGANIZATION ID           "SHINING PATH"
                                            ? "ARMED GROUP"
        18. HUM TGT: NAME                   "JUAN PEREZ"
        19. HUM TGT: DESCRIPTION            "MAYOR": "JUAN PEREZ"
                                            "DRIVER"
        23. HUM TGT: EFFECT OF INCIDENT     DEATH: "JUAN PEREZ"
                                            ? INJURY: "DRIVER"

        0.  MESSAGE: ID                     TST9-MUC4-0001
        1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
        4.  INCIDENT: TYPE                  KIDNAPPING

        0.  MESSAGE: ID                     TST9-MUC4-0002
        1.  MESSAGE: TEMPLATE               *
        4.  INCIDENT: TYPE                  *

        """;

    [Fact]
    public void Keys_keep_alternatives_optional_fills_and_named_targets()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Key);
            var templates = MucReader.ReadKeys(path).ToList();

            Assert.Equal(3, templates.Count);
            var first = templates[0];
            Assert.True(first.Relevant);
            Assert.Equal(["BOMBING", "ATTACK"], first.Types.Single().Alternatives);
            Assert.Equal(["03 MAR 90", "- 04 MAR 90"], first.Dates.Single().Alternatives);
            Assert.Equal(["PERU: LIMA (CITY / DEPARTMENT)", "PERU"], first.Locations.Single().Alternatives);
            Assert.Equal([false, true], first.PerpetratorOrganisations.Select(f => f.Optional));
            Assert.Equal(2, first.HumanTargets.Count);
            Assert.Equal(["JUAN PEREZ", "MAYOR"], first.HumanTargets[0].Alternatives);
            Assert.Equal(["DRIVER"], first.HumanTargets[1].Alternatives);
            Assert.Equal([false, true], first.Effects.Select(f => f.Optional));
            Assert.True(templates[1].Types.Single().Optional);
            Assert.False(templates[2].Relevant);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Globalization;
using Wirewatch.Evaluation;
using Wirewatch.Evaluation.Events;
using Wirewatch.Extraction.Events;
using Wirewatch.Testing;

namespace Wirewatch.Extraction.Tests.Events;

/// <summary>Keeps the scores of 'wirewatch eval events' from falling below the level reached (MUC-4 all sets, CASE 2021 sample).</summary>
public class EventScoreGuardTests
{
    [SharedDataFact]
    public void Muc4_slot_f1_and_case_type_accuracy_stay_at_the_level_reached()
    {
        var tables = new EventEvaluation(EventSpecTests.Pipeline, EventLexicon.Default).Run(SharedData.Locate());
        var all = tables[0].Rows.Single(r => r[0] == "all");
        double Cell(IReadOnlyList<string> row, string column) => double.Parse(row[tables[0].Columns.ToList().IndexOf(column)], CultureInfo.InvariantCulture);

        Assert.True(Cell(all, "overall F1") >= 0.58, $"MUC-4 overall F1 {Cell(all, "overall F1")}");
        Assert.True(Cell(all, "location F1") >= 0.56, $"MUC-4 location F1 {Cell(all, "location F1")}");
        Assert.True(Cell(all, "perpetrator org F1") >= 0.40, $"MUC-4 perpetrator org F1 {Cell(all, "perpetrator org F1")}");
        Assert.True(Cell(all, "human target F1") >= 0.47, $"MUC-4 human target F1 {Cell(all, "human target F1")}");
        Assert.True(double.Parse(tables[1].Rows[0][2], CultureInfo.InvariantCulture) >= 0.8, "CASE 2021 sample type accuracy");
    }
}

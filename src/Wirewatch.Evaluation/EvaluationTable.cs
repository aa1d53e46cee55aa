using System.Globalization;
using System.Text;

namespace Wirewatch.Evaluation;

/// <summary>A table of scores, printed as Markdown so that it reads in a terminal and pastes into EVALUATION.md.</summary>
public sealed class EvaluationTable
{
    private readonly List<string[]> _rows = [];

    public EvaluationTable(string title, params string[] columns)
    {
        Title = title;
        Columns = columns;
    }

    public string Title { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    public void Add(params string[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public string ToMarkdown()
    {
        var widths = Columns.Select((c, i) => Math.Max(c.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var builder = new StringBuilder();
        builder.Append("### ").AppendLine(Title).AppendLine();
        AppendRow(builder, Columns, widths);
        builder.Append('|');
        foreach (var width in widths)
        {
            builder.Append(new string('-', width + 2)).Append('|');
        }

        builder.AppendLine();
        foreach (var row in _rows)
        {
            AppendRow(builder, row, widths);
        }

        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> cells, int[] widths)
    {
        builder.Append('|');
        for (var i = 0; i < cells.Count; i++)
        {
            builder.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
        }

        builder.AppendLine();
    }
}

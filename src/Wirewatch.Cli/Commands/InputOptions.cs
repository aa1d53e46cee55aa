using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary>The options every command that reads articles shares: paths, <c>--date</c>, <c>--max-size</c>.</summary>
public sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Articles to read: files (text with a 'date YYYY-MM-DD' first line, plain text, or .jsonl), directories (read recursively), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "The date (YYYY-MM-DD) of articles that carry none of their own; without it their date is unknown.",
    };

    public Option<int> MaxSize { get; } = new("--max-size")
    {
        Description = "The largest article accepted, in megabytes.",
        DefaultValueFactory = _ => 10,
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Date);
        command.Add(MaxSize);
    }

    public ReaderOptions ToReaderOptions(ParseResult parsed)
    {
        var dateText = parsed.GetValue(Date);
        DateOnly? date = null;
        if (dateText is not null)
        {
            try
            {
                date = ArticleText.ParseDate(dateText, "--date");
            }
            catch (WirewatchException e)
            {
                throw new WirewatchException(ErrorCode.BadUsage, e.Message);
            }
        }

        var maxSize = parsed.GetValue(MaxSize);
        if (maxSize is < 1 or > 1024)
        {
            throw new WirewatchException(ErrorCode.BadUsage, "--max-size takes a number of megabytes from 1 to 1024");
        }

        return new ReaderOptions { FallbackDate = date, MaxArticleBytes = maxSize * Text.Reading.ReaderOptions.Megabyte };
    }
}

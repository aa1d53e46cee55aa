using System.CommandLine;
using Wirewatch.Cli.Output;
using Wirewatch.Core;
using Wirewatch.Store;
using Wirewatch.Store.Queries;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch query WHAT</c>: asks the ledger a question across articles.</summary>
public static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("query", "Ask the ledger a question across all stored articles: statements, disputes, events, timeline, entities, articles.");
        command.Subcommands.Add(Statements(console));
        command.Subcommands.Add(Disputes(console));
        command.Subcommands.Add(Events(console));
        command.Subcommands.Add(Entities(console));
        command.Subcommands.Add(Timeline(console));
        command.Subcommands.Add(Articles(console));
        return command;
    }

    private static Command Statements(CliConsole console)
    {
        var common = new QueryOptions();
        var speaker = new Option<string?>("--speaker") { Description = "Who said it: part of the speaker's name." };
        var kind = new Option<string?>("--kind") { Description = "assertion, accusation, denial, warning or commitment." };
        kind.AcceptOnlyFromAmong("assertion", "accusation", "denial", "warning", "commitment");
        var about = new Option<string?>("--about") { Description = "Whom it accuses or denies: part of the name." };
        var text = new Option<string?>("--text") { Description = "Words in what was said (full-text search: words, \"phrases\", OR, NOT)." };
        var command = new Command("statements", "Who said what: statements across articles, by date, with the article and span.") { speaker, kind, about, text };
        common.AddTo(command, withDates: true);
        command.SetAction(parsed => common.Run(console, parsed, queries => queries.Statements(
            new StatementFilter(parsed.GetValue(speaker), parsed.GetValue(kind), parsed.GetValue(about), parsed.GetValue(text), common.From(parsed), common.To(parsed)),
            common.Limit(parsed))));
        return command;
    }

    private static Command Disputes(CliConsole console)
    {
        var common = new QueryOptions();
        var about = new Option<string?>("--about") { Description = "Part of the name of the claimant, the rebutter or whom it is about." };
        var command = new Command("disputes", "Claims and the statements that rebut them, in one article or across articles.") { about };
        common.AddTo(command);
        command.SetAction(parsed => common.Run(console, parsed, queries => queries.Disputes(parsed.GetValue(about), common.Limit(parsed))));
        return command;
    }

    private static Command Events(CliConsole console)
    {
        var common = new QueryOptions();
        var type = new Option<string?>("--type") { Description = "Part of the event type or sub-event type (\"Shelling\", \"Protests\")." };
        var place = new Option<string?>("--place") { Description = "Part of the place, region or country name." };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name." };
        var command = new Command("events", "What happened: events merged across the articles that report them, by date.") { type, place, actor };
        common.AddTo(command, withDates: true);
        command.SetAction(parsed => common.Run(console, parsed, queries => queries.Events(
            new EventFilter(parsed.GetValue(type), parsed.GetValue(place), parsed.GetValue(actor), common.From(parsed), common.To(parsed)),
            common.Limit(parsed))));
        return command;
    }

    private static Command Entities(CliConsole console)
    {
        var common = new QueryOptions();
        var name = new Option<string?>("--name") { Description = "Part of the name to search for (any case)." };
        var type = new Option<string?>("--type") { Description = "PERSON, ORG, GPE, LOC, NORP or FAC." };
        var command = new Command("entities", "People, organisations, places and groups, merged across articles, most mentioned first.") { name, type };
        common.AddTo(command);
        command.SetAction(parsed => common.Run(console, parsed, queries => queries.Entities(parsed.GetValue(name), parsed.GetValue(type), common.Limit(parsed))));
        return command;
    }

    private static Command Timeline(CliConsole console)
    {
        var common = new QueryOptions();
        var entity = new Option<string>("--entity") { Description = "The entity's name, or part of it.", Required = true };
        var command = new Command("timeline", "Every mention of an entity across articles, in date order, with the article and span.") { entity };
        common.AddTo(command, withDates: true);
        command.SetAction(parsed => common.Run(console, parsed, queries => queries.Timeline(parsed.GetRequiredValue(entity), common.From(parsed), common.To(parsed), common.Limit(parsed))));
        return command;
    }

    private static Command Articles(CliConsole console)
    {
        var common = new QueryOptions();
        var text = new Option<string>("--text") { Description = "Words to find (full-text search: words, \"phrases\", OR, NOT).", Required = true };
        var command = new Command("articles", "Articles whose text matches, best first.") { text };
        common.AddTo(command, withDates: true);
        command.SetAction(parsed => common.Run(console, parsed, queries => queries.Articles(parsed.GetRequiredValue(text), common.From(parsed), common.To(parsed), common.Limit(parsed))));
        return command;
    }

    /// <summary>The options every query shares: the store, the output format, the number of rows and dates.</summary>
    private sealed class QueryOptions
    {
        private readonly Option<string> _database = IngestCommand.DatabaseOption();
        private readonly Option<string> _format = new("--format") { Description = "table (to read), jsonl or csv (for tools).", DefaultValueFactory = _ => "table" };
        private readonly Option<int> _limit = new("--limit") { Description = "The most rows to show.", DefaultValueFactory = _ => 50 };
        private readonly Option<string?> _from = new("--from") { Description = "Only articles dated on or after this day (YYYY-MM-DD)." };
        private readonly Option<string?> _to = new("--to") { Description = "Only articles dated on or before this day (YYYY-MM-DD)." };

        public QueryOptions()
        {
            _format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        }

        public void AddTo(Command command, bool withDates = false)
        {
            command.Add(_database);
            command.Add(_format);
            command.Add(_limit);
            if (withDates)
            {
                command.Add(_from);
                command.Add(_to);
            }
        }

        public int Limit(ParseResult parsed) => parsed.GetValue(_limit) is var limit and > 0
            ? limit
            : throw new WirewatchException(ErrorCode.BadUsage, "--limit takes a number of at least 1");

        public DateOnly? From(ParseResult parsed) => Date(parsed.GetValue(_from), "--from");

        public DateOnly? To(ParseResult parsed) => Date(parsed.GetValue(_to), "--to");

        public int Run(CliConsole console, ParseResult parsed, Func<StoreQueries, QueryResult> query)
        {
            using var store = WirewatchStore.Open(parsed.GetRequiredValue(_database), readOnly: true);
            QueryResult result;
            try
            {
                result = query(new StoreQueries(store));
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                throw new WirewatchException(ErrorCode.BadUsage, $"the query could not be run: {e.Message}");
            }

            QueryResultWriter.Write(console.Out, result, parsed.GetValue(_format) ?? "table");
            return ExitCodes.Success;
        }

        private static DateOnly? Date(string? value, string option)
        {
            if (value is null)
            {
                return null;
            }

            try
            {
                return ArticleText.ParseDate(value, option);
            }
            catch (WirewatchException e)
            {
                throw new WirewatchException(ErrorCode.BadUsage, e.Message);
            }
        }
    }
}

using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Wirewatch.Evaluation;
using Wirewatch.Testing;

namespace Wirewatch.Cli.Tests;

public sealed class IngestAndQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wirewatch-store-").FullName;

    private string Database => Path.Combine(_folder, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_same_people_and_places_in_different_articles_are_one_entity_and_namesakes_stay_apart()
    {
        Write("a.txt", "date 2023-05-03\n\nKremlin spokesman Dmitry Peskov said drones hit Kiev. John Smith, a local official, saw it.");
        Write("b.txt", "date 2023-05-04\n\nDmitri Peskov said on Thursday that Kyiv was to blame. Jane Smith, a researcher, disagreed.");
        Write("c.txt", "date 2023-05-05\n\nPeskov said it again in Moscow.");

        Assert.Equal(0, CliRun.Of("ingest", _folder, "--db", Database).Exit);

        var entities = Query("entities", "--format", "jsonl");
        var peskov = Assert.Single(entities, e => e.GetProperty("name").GetString()!.Contains("Peskov", StringComparison.Ordinal));
        Assert.Equal(3, peskov.GetProperty("articles").GetInt64());
        var kyiv = Assert.Single(entities, e => e.GetProperty("type").GetString() == "GPE" && e.GetProperty("name").GetString() is "Kiev" or "Kyiv");
        Assert.Equal(2, kyiv.GetProperty("articles").GetInt64());
        Assert.Equal(2, entities.Count(e => e.GetProperty("name").GetString()!.EndsWith("Smith", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_claim_rebutted_in_another_article_is_a_dispute_and_one_event_reported_twice_is_one_event()
    {
        Write("a.txt", "date 2023-05-03\n\nRussia accused Ukraine of attacking the Kremlin with drones on Wednesday. Kremlin spokesman Dmitry Peskov said it was a terror attack.\n\n" +
            "Russian shelling killed at least 5 people in Kherson on Wednesday, the regional governor said.");
        Write("b.txt", "date 2023-05-04\n\nUkraine has strongly denied any involvement in the attack on the Kremlin.\n\n" +
            "Russian shelling killed at least 7 people in Kherson on Wednesday, officials said on Thursday.");
        Assert.Equal(0, CliRun.Of("ingest", _folder, "--db", Database).Exit);

        var dispute = Assert.Single(Query("disputes", "--format", "jsonl"), d => d.GetProperty("across_articles").GetString() == "yes");
        Assert.Equal("Russia", dispute.GetProperty("claimant").GetString());
        Assert.Equal("Ukraine", dispute.GetProperty("rebutter").GetString());
        Assert.NotEqual(dispute.GetProperty("claim_article").GetString(), dispute.GetProperty("rebuttal_article").GetString());

        var shelling = Assert.Single(Query("events", "--type", "Shelling", "--place", "Kherson", "--format", "jsonl"));
        Assert.Equal(2, shelling.GetProperty("reports").GetInt64());
        Assert.Equal(5, shelling.GetProperty("fatalities").GetInt64());
        Assert.Equal("2023-05-03", shelling.GetProperty("date").GetString());
    }

    [Fact]
    public void Statements_are_found_by_speaker_kind_and_words()
    {
        Write("a.txt", "date 2023-05-03\n\nRussia accused Ukraine of attacking the Kremlin with drones on Wednesday. Kremlin spokesman Dmitry Peskov said it was a terror attack.");
        Write("b.txt", "date 2023-05-04\n\nUkraine has strongly denied any involvement in the attack on the Kremlin.");
        CliRun.Of("ingest", _folder, "--db", Database);

        var denials = Query("statements", "--kind", "denial", "--format", "jsonl");
        var byPeskov = Query("statements", "--speaker", "Peskov", "--format", "jsonl");
        var aboutDrones = Query("statements", "--text", "drones", "--format", "jsonl");
        var before = Query("statements", "--to", "2023-05-03", "--format", "jsonl");

        Assert.Equal("Ukraine", Assert.Single(denials).GetProperty("speaker").GetString());
        Assert.All(byPeskov, s => Assert.Equal("Dmitry Peskov", s.GetProperty("speaker").GetString()));
        Assert.NotEmpty(byPeskov);
        Assert.All(aboutDrones, s => Assert.Contains("drones", s.GetProperty("content").GetString(), StringComparison.Ordinal));
        Assert.All(before, s => Assert.Equal("2023-05-03", s.GetProperty("date").GetString()));
    }

    [Fact]
    public void Ingesting_twice_stores_each_article_once()
    {
        Write("a.txt", "date 2023-05-03\n\nKirby denied it in Washington.");
        Write("b.jsonl", "{\"id\":\"x\",\"date\":\"2023-05-04\",\"text\":\"Lavrov spoke in India.\"}\n");

        var first = CliRun.Of("ingest", _folder, "--db", Database);
        var second = CliRun.Of("ingest", _folder, "--db", Database);

        Assert.Contains("2 articles stored, 0 already there", first.Error);
        Assert.Contains("0 articles stored, 2 already there", second.Error);
        Assert.Equal(2, Query("articles", "--text", "Kirby OR Lavrov", "--format", "jsonl").Count);
    }

    [Fact]
    public void The_same_article_twice_in_one_run_is_stored_once_even_in_different_batches()
    {
        Write("a.txt", "date 2023-05-03\n\nKirby denied it in Washington.");
        Write("b.txt", "date 2023-05-03\n\nKirby denied it in Washington.");
        Write("c.txt", "date 2023-05-04\n\nLavrov spoke in India.");

        var run = CliRun.Of("ingest", _folder, "--db", Database, "--batch", "1");

        Assert.Equal(0, run.Exit);
        Assert.Contains("2 articles stored, 1 already there", run.Error);
    }

    [Fact]
    public void Batches_of_one_and_one_batch_store_the_same_ledger()
    {
        Write("a.txt", "date 2023-05-03\n\nRussia accused Ukraine of attacking the Kremlin with drones on Wednesday. Kremlin spokesman Dmitry Peskov said drones hit Kiev.");
        Write("b.txt", "date 2023-05-04\n\nUkraine has strongly denied any involvement in the attack on the Kremlin. Dmitri Peskov said on Thursday that Kyiv was to blame.");
        Write("c.txt", "date 2023-05-05\n\nPeskov said it again in Moscow. John Smith, a local official, and Jane Smith, a researcher, disagreed.");
        var single = Path.Combine(_folder, "single.db");

        Assert.Equal(0, CliRun.Of("ingest", _folder, "--db", Database, "--batch", "1").Exit);
        Assert.Equal(0, CliRun.Of("ingest", _folder, "--db", single).Exit);

        foreach (var what in new[] { "entities", "statements", "disputes" })
        {
            var one = CliRun.Of("query", what, "--db", single, "--format", "jsonl").Out;
            Assert.Equal(one, CliRun.Of("query", what, "--db", Database, "--format", "jsonl").Out);
            Assert.NotEmpty(one);
        }
    }

    [Fact]
    public void A_timeline_lists_an_entity_by_date_with_the_article_and_span()
    {
        Write("late.txt", "date 2023-05-05\n\nSergey Lavrov told a news conference in India it was a hostile act.");
        Write("early.txt", "date 2023-05-01\n\nSergey Lavrov met officials in Moscow.");
        CliRun.Of("ingest", _folder, "--db", Database);

        var rows = Query("timeline", "--entity", "Lavrov", "--format", "jsonl");

        Assert.Equal(["2023-05-01", "2023-05-05"], rows.Select(r => r.GetProperty("date").GetString()).Distinct());
        var first = rows[0];
        Assert.Equal("Sergey Lavrov", first.GetProperty("mention").GetString());
        Assert.EndsWith("early.txt", first.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, first.GetProperty("start").GetInt64());
        Assert.Equal(13, first.GetProperty("end").GetInt64());
    }

    [Fact]
    public void A_bad_file_is_reported_and_the_rest_is_stored()
    {
        Write("good.txt", "date 2023-05-03\n\nKirby spoke.");
        File.WriteAllBytes(Path.Combine(_folder, "bad.txt"), [0, 1, 2, 3]);

        var run = CliRun.Of("ingest", _folder, "--db", Database);

        Assert.Equal(1, run.Exit);
        Assert.Contains("bad.txt: binary data", run.Error);
        Assert.Contains("1 articles stored", run.Error);
    }

    [Fact]
    public void Querying_a_store_that_does_not_exist_is_an_error_naming_it()
    {
        var run = CliRun.Of("query", "entities", "--db", Database);

        Assert.Equal(1, run.Exit);
        Assert.Contains("no such store", run.Error);
    }

    [Fact]
    public void The_table_format_is_for_people_and_csv_for_tools()
    {
        Write("a.txt", "date 2023-05-03\n\nJohn Kirby denied it.");
        CliRun.Of("ingest", _folder, "--db", Database);

        var table = CliRun.Of("query", "entities", "--db", Database).Out;
        var csv = CliRun.Of("query", "entities", "--db", Database, "--format", "csv").Out;

        Assert.Contains("John Kirby", table);
        Assert.Contains("(1 rows)", table);
        Assert.StartsWith("entity,type,name,articles,mentions,roles,first article", csv);
    }

    [SharedDataFact]
    public void A_run_killed_half_way_and_run_again_stores_every_article_once()
    {
        var polnear = Path.Combine(SharedData.Locate(), "eval-data", "polnear", "data", "dev", "text");
        var articles = Directory.GetFiles(polnear, "*.txt").Length;
        using (var process = StartIngest(polnear, "--batch", "5"))
        {
            WaitForSomeArticles();
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var stored = Count("documents");
        Assert.InRange(stored, 0, articles - 1);

        Assert.Equal(0, CliRun.Of("ingest", polnear, "--db", Database).Exit);
        Assert.Equal(articles, Count("documents"));
        Assert.Equal(Count("mentions"), Scalar("SELECT COUNT(*) FROM (SELECT DISTINCT document_id, start, end, entity_id FROM mentions)"));
    }

    private Process StartIngest(string path, params string[] options)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "wirewatch.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { dll, "ingest", path, "--db", Database }.Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    // Waits until the first batches are committed, so the kill lands part-way.
    private void WaitForSomeArticles()
    {
        for (var i = 0; i < 600; i++)
        {
            Thread.Sleep(100);
            if (File.Exists(Database) && Count("documents") >= 10)
            {
                return;
            }
        }
    }

    private long Count(string table) => Scalar($"SELECT COUNT(*) FROM {table}");

    private long Scalar(string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // the store is not there yet
        }
    }

    private List<JsonElement> Query(string what, params string[] options)
    {
        var run = CliRun.Of(["query", what, "--db", Database, .. options]);
        Assert.Equal(0, run.Exit);
        return run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);
}

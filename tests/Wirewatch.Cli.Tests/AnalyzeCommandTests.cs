using System.Text.Json;
using Wirewatch.Evaluation;
using Wirewatch.Testing;

namespace Wirewatch.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Homeopathic = "wikinews-homeopathic-2009-05-08.txt";
    private readonly string _folder = Directory.CreateTempSubdirectory("wirewatch-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_example_gives_the_json_contract_with_date_and_sentences()
    {
        var path = RepositoryFiles.Example(Homeopathic);

        var run = CliRun.Of("analyze", path, "--format", "json");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("wirewatch/1", root.GetProperty("schema").GetString());
        Assert.Equal("2009-05-08", root.GetProperty("document").GetProperty("date").GetString());
        Assert.Equal("header", root.GetProperty("document").GetProperty("dateOrigin").GetString());
        Assert.Equal(path, root.GetProperty("document").GetProperty("source").GetString());
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("Thomas Sam, 42, and his wife Manju Sam, 36,", text);
        var sentences = Spans(root, "sentences").Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter by gross negligence for the death of their nine-month-old child, Gloria.", sentences[0]);
        Assert.Contains("An example of severe eczema.", sentences);
        Assert.Contains("Image: Jambula.", sentences);
        Assert.Contains(sentences, s => s.StartsWith("Mr. Tedeschi also told the court that", StringComparison.Ordinal));
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
    }

    [SharedDataFact]
    public void The_kremlin_article_gives_its_date_and_its_sentences()
    {
        var path = Path.Combine(SharedData.Locate(), "examples", "kremlin-drone-2023-05-05.txt");

        var run = CliRun.Of("analyze", path);

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2023-05-05", root.GetProperty("document").GetProperty("date").GetString());
        var text = root.GetProperty("text").GetString()!;
        var sentences = Spans(root, "sentences").Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(36, sentences.Count);
        Assert.StartsWith("The United States has dismissed Russia’s ridiculous accusations", sentences[0]);
        Assert.Contains("I would simply tell you that Mr. Peskov is lying.", sentences);
        Assert.Contains("But I can assure you that the United States played no part in it.", sentences);
        Assert.Contains("It was clearly a hostile act, Lavrov told a news conference in India.", sentences);
        Assert.Equal("regional.", sentences[31]);
    }

    [Fact]
    public void Json_lines_give_one_line_an_article()
    {
        var a = Write("a.txt", "date 2023-05-05\n\nOne. Two.");
        var b = Write("b.txt", "date 2023-05-06\n\nThree.");

        var run = CliRun.Of("analyze", a, b, "--format", "jsonl");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal([2, 1], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("sentences").GetArrayLength()));
    }

    [Fact]
    public void Several_articles_in_json_format_come_as_json_lines()
    {
        var a = Write("a.txt", "One.");
        var b = Write("b.txt", "Two.");

        var run = CliRun.Of("analyze", a, b);

        Assert.Equal(2, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Without_a_date_the_output_says_it_is_unknown_and_date_gives_it()
    {
        var path = Write("plain.txt", "Moscow accused Washington on Wednesday.");

        var without = JsonDocument.Parse(CliRun.Of("analyze", path).Out).RootElement;
        var with = JsonDocument.Parse(CliRun.Of("analyze", path, "--date", "2023-05-05").Out).RootElement;

        Assert.Equal(JsonValueKind.Null, without.GetProperty("document").GetProperty("date").ValueKind);
        Assert.Equal("unknown", without.GetProperty("document").GetProperty("dateOrigin").GetString());
        Assert.Contains("date is unknown", without.GetProperty("warnings")[0].GetString());
        Assert.Equal("2023-05-05", with.GetProperty("document").GetProperty("date").GetString());
        Assert.Equal("option", with.GetProperty("document").GetProperty("dateOrigin").GetString());
    }

    [Fact]
    public void Tokens_are_written_on_request_with_spans_into_the_text()
    {
        var path = Write("a.txt", "Peskov's claim.");

        var root = JsonDocument.Parse(CliRun.Of("analyze", path, "--tokens").Out).RootElement;

        var text = root.GetProperty("text").GetString()!;
        Assert.Equal(["Peskov", "'s", "claim", "."], Spans(root, "tokens").Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void The_text_format_is_a_summary_for_a_person()
    {
        var path = Write("a.txt", "date 2023-05-05\n\nPeskov said it. Kirby denied it.");

        var run = CliRun.Of("analyze", path, "--format", "text");

        Assert.Contains("date:       2023-05-05 (from the date line)", run.Out);
        Assert.Contains("2 sentences", run.Out);
        Assert.Contains("Kirby denied it.", run.Out);
    }

    [Fact]
    public void Standard_input_is_read_for_the_dash()
    {
        var run = CliRun.WithInput("date 2023-05-05\n\nRead from a pipe.", "analyze", "-");

        Assert.Equal(0, run.Exit);
        Assert.Equal("Read from a pipe.", JsonDocument.Parse(run.Out).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Every_bad_input_gets_one_line_and_the_rest_of_the_batch_is_analysed()
    {
        var good1 = Write("1-good.txt", "date 2023-05-05\n\nFirst good article.");
        var empty = Write("2-empty.txt", string.Empty);
        var binary = WriteBytes("3-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]);
        var latin1 = WriteBytes("4-latin1.txt", [.. "date 2023-05-05\n\nCaf"u8, 0xE9, (byte)'.']);
        var huge = WriteBytes("5-huge.txt", new byte[50 * 1024 * 1024]);
        var badDate = Write("6-bad-date.txt", "date 2023-02-30\n\nText.");
        var feed = Write("7-feed.jsonl", "{\"text\":\"Record one.\"}\n{\"text\": oops}\n{\"text\":\"Record three.\"}\n");
        var missing = Path.Combine(_folder, "8-missing.txt");
        var good2 = Write("9-good.txt", "date 2023-05-05\n\nSecond good article.");

        var run = CliRun.Of("analyze", good1, empty, binary, latin1, huge, badDate, feed, missing, good2, "--format", "jsonl");

        Assert.Equal(1, run.Exit);
        Assert.Equal(
            [
                $"error: {empty}: empty file: no text to analyse",
                $"error: {binary}: binary data, not text (a NUL byte at offset 7)",
                $"error: {latin1}: not valid UTF-8 at byte 20 (0xE9); save the file as UTF-8",
                $"error: {huge}: file is 50 MB, over the 10 MB limit for one article (use --max-size to raise it)",
                $"error: {badDate}: the date line's date '2023-02-30' is not a real date (expected YYYY-MM-DD)",
                $"error: {feed}:2: not a JSON object: 'o' is an invalid start of a value",
                $"error: {missing}: no such file or directory",
            ],
            run.ErrorLines);
        var texts = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString());
        Assert.Equal(["First good article.", "Record one.", "Record three.", "Second good article."], texts);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--format", "xml")]
    [InlineData("analyze", "x.txt", "--date", "yesterday")]
    [InlineData("analyze", "x.txt", "--max-size", "0")]
    [InlineData("analyse-this")]
    [InlineData("eval", "everything")]
    public void Bad_usage_exits_with_2_and_says_why(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("error: ", run.Error);
    }

    private string Write(string name, string content) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(content));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static IEnumerable<(int Start, int End)> Spans(JsonElement root, string layer)
        => root.GetProperty(layer).EnumerateArray().Select(s => (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32())).ToList();
}

using Microsoft.Data.Sqlite;
using Wirewatch.Core;

namespace Wirewatch.Store.Tests;

public sealed class DocumentWriterTests : StoreFileTests
{
    [Fact]
    public void A_person_is_one_entity_whether_the_articles_come_in_one_batch_or_many()
    {
        var articles = new[] { Article("a", "Peskov"), Article("b", "Dmitry Peskov"), Article("c", "Dmitri Peskov"), Article("d", "Peskov") };
        using var store = WirewatchStore.Open(StorePath);
        var writer = new DocumentWriter(store);

        foreach (var article in articles)
        {
            writer.Write([article]);
        }

        var person = Assert.Single(Rows(store, "SELECT name, key, article_count, mention_count FROM entities"));
        Assert.Equal(["Dmitry Peskov", "dmitry peskov", 4L, 4L], person);
    }

    [Fact]
    public void Namesakes_stay_apart_and_a_surname_alone_then_joins_neither()
    {
        using var store = WirewatchStore.Open(StorePath);
        var writer = new DocumentWriter(store);

        writer.Write([Article("a", "John Smith")]);
        writer.Write([Article("b", "Jane Smith"), Article("c", "Smith")]);

        var names = Rows(store, "SELECT name FROM entities ORDER BY id").Select(r => r[0]).ToList();
        Assert.Equal(["John Smith", "Jane Smith", "Smith"], names);
    }

    [Fact]
    public void What_another_connection_wrote_between_two_batches_is_seen_by_the_next_batch()
    {
        using var store = WirewatchStore.Open(StorePath);
        using var other = WirewatchStore.Open(StorePath);
        var writer = new DocumentWriter(store);

        writer.Write([Article("a", "Peskov")]);
        new DocumentWriter(other).Write([Article("b", "Dmitry Peskov")]); // gives the surname alone its full name
        writer.Write([Article("c", "Dmitri Peskov")]);

        var person = Assert.Single(Rows(store, "SELECT name, key, article_count FROM entities"));
        Assert.Equal(["Dmitry Peskov", "dmitry peskov", 3L], person);
    }

    [Fact]
    public async Task Readers_see_whole_batches_while_the_writer_writes()
    {
        const int batches = 40;
        const int size = 5;
        using (var store = WirewatchStore.Open(StorePath))
        {
            new DocumentWriter(store).Write([Article("first", "Someone")]); // the schema exists before the reader opens
        }

        var writing = Task.Run(() =>
        {
            using var store = WirewatchStore.Open(StorePath);
            var writer = new DocumentWriter(store);
            for (var b = 0; b < batches; b++)
            {
                writer.Write([.. Enumerable.Range(0, size).Select(i => Article($"{b}-{i}", $"Person{b} Name{i}"))]);
            }
        });

        var seen = new List<long>();
        using (var reader = WirewatchStore.Open(StorePath, readOnly: true))
        {
            while (!writing.IsCompleted)
            {
                seen.Add((long)Rows(reader, "SELECT COUNT(*) FROM documents")[0][0]!);
            }
        }

        await writing;
        Assert.All(seen, count => Assert.Equal(0, (count - 1) % size));
        using var done = WirewatchStore.Open(StorePath, readOnly: true);
        Assert.Equal(1L + (batches * size), Rows(done, "SELECT COUNT(*) FROM documents")[0][0]);
    }

    [Fact]
    public void Stored_articles_are_known_to_a_reader_of_their_own()
    {
        using var store = WirewatchStore.Open(StorePath);
        new DocumentWriter(store).Write([Article("a", "Peskov")]);
        using var stored = new StoredArticles(StorePath);

        Assert.True(stored.Contains("a"));
        Assert.False(stored.Contains("b"));
    }

    [Fact]
    public void Full_text_search_finds_every_batch_s_articles_and_statements_once()
    {
        using var store = WirewatchStore.Open(StorePath);
        var writer = new DocumentWriter(store);

        writer.Write([Saying("a", "Peskov", "drones"), Saying("b", "Zelensky", "tanks")]);
        writer.Write([Saying("b", "Zelensky", "tanks"), Saying("c", "Peskov", "drones again")]); // "b" again: skipped

        Assert.Equal(["a", "c"], Column(store, "SELECT d.id FROM documents_text JOIN documents d ON d.rowid = documents_text.rowid WHERE documents_text MATCH 'drones' ORDER BY d.id"));
        Assert.Equal(["b"], Column(store, "SELECT d.id FROM documents_text JOIN documents d ON d.rowid = documents_text.rowid WHERE documents_text MATCH 'tanks'"));
        Assert.Equal(["a", "c"], Column(store, "SELECT s.document_id FROM statements_text JOIN statements s ON s.id = statements_text.rowid WHERE statements_text MATCH 'drones' ORDER BY s.document_id"));
        Assert.Equal(["c"], Column(store, "SELECT s.document_id FROM statements_text JOIN statements s ON s.id = statements_text.rowid WHERE statements_text MATCH 'again'"));
        Assert.Equal(3L, Rows(store, "SELECT COUNT(*) FROM statements_text")[0][0]);
        Rows(store, "INSERT INTO documents_text(documents_text) VALUES ('integrity-check')"); // throws when the index and the table disagree
        Rows(store, "INSERT INTO statements_text(statements_text) VALUES ('integrity-check')");
    }

    // An article whose text is a person's name, the one entity found in it.
    private static Document Article(string id, string person)
    {
        var document = new Document(new DocumentInfo(id, id + ".txt", new DateOnly(2023, 5, 5), DateOrigin.Header, null, null), person + " spoke.");
        var key = string.Join(' ', person.ToLowerInvariant().Split(' '));
        document.Entities = [new Entity("e1", person, EntityType.Person, [], [new Mention(new TextSpan(0, person.Length), MentionKind.Name)]) { Key = key }];
        return document;
    }

    // An article in which a person says something: "Peskov said drones."
    private static Document Saying(string id, string person, string content)
    {
        var document = Article(id, person);
        var text = $"{person} said {content}.";
        var said = new TextSpan(person.Length + 1, person.Length + 5);
        var what = new TextSpan(said.End + 1, text.Length - 1);
        var saying = new Document(document.Info, text) { Entities = document.Entities };
        saying.Statements = [new Statement("s1", StatementKind.Assertion, new EntitySpan(new TextSpan(0, person.Length), "e1"), said, [what], Direct: false)];
        return saying;
    }

    private static List<object?> Column(WirewatchStore store, string sql) => [.. Rows(store, sql).Select(r => r[0])];

    private static List<object?[]> Rows(WirewatchStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}

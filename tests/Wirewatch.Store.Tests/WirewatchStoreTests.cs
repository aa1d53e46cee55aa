using Microsoft.Data.Sqlite;
using Wirewatch.Core;

namespace Wirewatch.Store.Tests;

public sealed class WirewatchStoreTests : StoreFileTests
{
    [Fact]
    public void A_new_store_is_migrated_to_the_latest_schema_and_reopening_changes_nothing()
    {
        using (var store = WirewatchStore.Open(StorePath))
        {
            Assert.Equal(SchemaMigrations.LatestVersion, SchemaMigrations.CurrentVersion(store.Connection));
        }

        using var again = WirewatchStore.Open(StorePath);
        Assert.Equal(SchemaMigrations.LatestVersion, SchemaMigrations.CurrentVersion(again.Connection));
        Assert.True(SchemaMigrations.LatestVersion >= 1);
    }

    [Fact]
    public void Reading_a_store_that_does_not_exist_says_so()
    {
        var error = Assert.Throws<WirewatchException>(() => WirewatchStore.Open(StorePath, readOnly: true));

        Assert.Contains("no such store", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_a_reason()
    {
        File.WriteAllText(StorePath, "this is not a database, just text that happens to be long enough to have a header");

        var error = Assert.Throws<WirewatchException>(() => WirewatchStore.Open(StorePath));

        Assert.Contains("not a usable Wirewatch store", error.Message);
    }

    [Fact]
    public void The_same_document_twice_is_stored_once()
    {
        var document = new Document(new DocumentInfo("abc", "a.txt", new DateOnly(2023, 5, 5), DateOrigin.Header, null, null), "Some text.");
        using var store = WirewatchStore.Open(StorePath);
        var writer = new DocumentWriter(store);

        Assert.Equal(1, writer.Write([document]));
        Assert.Equal(0, writer.Write([document]));
        Assert.True(writer.Contains("abc"));
    }
}

using System.Text;
using Wirewatch.Core;
using Wirewatch.Text.Reading;

namespace Wirewatch.Text.Tests.Reading;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_canonical_form_gives_the_date_and_the_body_after_it()
    {
        var path = _folder.Write("a.txt", " date 2023-05-05 \n\n\n\nFirst paragraph.\n\nSecond one.\n");

        var document = ReadOne(path);

        Assert.Equal(new DateOnly(2023, 5, 5), document.Info.Date);
        Assert.Equal(DateOrigin.Header, document.Info.DateOrigin);
        Assert.Equal("First paragraph.\n\nSecond one.", document.Text);
        Assert.Equal(path, document.Info.Source);
    }

    [Fact]
    public void Plain_text_takes_the_fallback_date_or_has_none()
    {
        var path = _folder.Write("plain.txt", "Date palms grow in the south.\n");

        var withOption = ReadOne(path, new ReaderOptions { FallbackDate = new DateOnly(2024, 1, 2) });
        var without = ReadOne(path);

        Assert.Equal((new DateOnly(2024, 1, 2), DateOrigin.Option), (withOption.Info.Date, withOption.Info.DateOrigin));
        Assert.Equal((null, DateOrigin.Unknown), (without.Info.Date, without.Info.DateOrigin));
        Assert.Equal("Date palms grow in the south.", without.Text);
    }

    [Fact]
    public void A_header_date_wins_over_the_fallback()
    {
        var document = ReadOne(_folder.Write("a.txt", "date 2023-05-05\nText."), new ReaderOptions { FallbackDate = new DateOnly(2000, 1, 1) });

        Assert.Equal(new DateOnly(2023, 5, 5), document.Info.Date);
    }

    [Fact]
    public void Windows_line_endings_and_decomposed_letters_are_normalised()
    {
        var document = ReadOne(_folder.Write("a.txt", "date 2023-05-05\r\n\r\nKyi\u0308v.\r\n\r\nNext."));

        Assert.Equal("Kyïv.\n\nNext.", document.Text);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("date 2023-05-05\n\nText.")).ToArray();

        Assert.Equal("Text.", ReadOne(_folder.Write("a.txt", bytes)).Text);
    }

    [Theory]
    [InlineData("", ErrorCode.Empty, "empty")]
    [InlineData("  \n\n \n", ErrorCode.Empty, "empty")]
    [InlineData(" date 2023-05-05 \n\n", ErrorCode.Empty, "date line but no text")]
    [InlineData("date 2023-13-45\n\nText.", ErrorCode.BadDate, "'2023-13-45' is not a real date")]
    [InlineData("date 2023-02-30\n\nText.", ErrorCode.BadDate, "not a real date")]
    public void Bad_text_files_give_one_clear_error(string content, ErrorCode code, string reason)
    {
        var path = _folder.Write("bad.txt", content);

        var error = ReadError(path);

        Assert.Equal(code, error.Code);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith(path + ": ", error.ToString());
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var error = ReadError(_folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]));

        Assert.Equal(ErrorCode.Binary, error.Code);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("date 2023-05-05\n\nCaf").Concat(new byte[] { 0xE9, (byte)'s', (byte)'.' }).ToArray();

        var error = ReadError(_folder.Write("latin1.txt", bytes));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.Contains("not valid UTF-8 at byte 20", error.Reason);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = _folder.Write("huge.txt", new string('a', 3000));

        var error = ReadError(path, new ReaderOptions { MaxArticleBytes = 2048 });

        Assert.Equal(ErrorCode.TooLarge, error.Code);
        Assert.Contains("over the 2 KB limit", error.Reason);
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        var error = ReadError(Path.Combine(_folder.Path, "nope.txt"));

        Assert.Equal(ErrorCode.Unreadable, error.Code);
        Assert.Contains("no such file", error.Reason);
    }

    [Fact]
    public void Json_lines_give_one_document_a_record_and_name_the_bad_lines()
    {
        var path = _folder.Write("feed.jsonl", string.Join('\n',
            """{"id":"a1","date":"2023-05-04","title":" Kyiv attacked ","text":"Drones were shot down."}""",
            "",
            "{\"id\":\"a2\",\"date\":\"2023-05-04\",\"text\":",
            """{"id":7,"text":"No date here."}""",
            """["not","an","object"]""",
            """{"id":"a4","date":"yesterday","text":"Bad date."}""",
            """{"id":"a5","title":"no text"}""",
            """{"id":"a6","date":null,"text":"Last one."}"""));

        var results = new DocumentReader(new ReaderOptions()).Read([path]).ToList();

        var documents = results.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        Assert.Equal(["a1", "7", "a6"], documents.Select(d => d.Info.SourceId));
        Assert.Equal("Kyiv attacked", documents[0].Info.Title);
        Assert.Equal(new DateOnly(2023, 5, 4), documents[0].Info.Date);
        Assert.Equal($"{path}:1", documents[0].Info.Source);
        Assert.Null(documents[1].Info.Date);
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.Equal([$"{path}:3", $"{path}:5", $"{path}:6", $"{path}:7"], errors.Select(e => e.Source));
        Assert.Equal([ErrorCode.MalformedRecord, ErrorCode.MalformedRecord, ErrorCode.BadDate, ErrorCode.MalformedRecord], errors.Select(e => e.Code));
    }

    [Fact]
    public void Directories_are_read_recursively_in_sorted_order_and_other_files_skipped()
    {
        _folder.Write("b.txt", "date 2023-05-02\nB.");
        _folder.Write("sub/a.txt", "date 2023-05-01\nA.");
        _folder.Write("a.txt", "date 2023-05-03\nC.");
        _folder.Write("notes.ann", "T1 Source 0 5 Peskov");

        var texts = new DocumentReader(new ReaderOptions()).Read([_folder.Path]).Select(r => r.Document!.Text).ToList();

        Assert.Equal(["C.", "B.", "A."], texts);
    }

    [Fact]
    public void Standard_input_is_read_for_the_dash()
    {
        var reader = new DocumentReader(new ReaderOptions(), () => new MemoryStream(Encoding.UTF8.GetBytes("date 2023-05-05\n\nFrom a pipe.")));

        var document = Assert.Single(reader.Read(["-"])).Document!;

        Assert.Equal(("-", "From a pipe."), (document.Info.Source, document.Text));
    }

    [Fact]
    public void Standard_input_holding_json_lines_is_read_as_records()
    {
        var reader = new DocumentReader(new ReaderOptions(), () => new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n")));

        Assert.Equal(["One.", "Two."], reader.Read(["-"]).Select(r => r.Document!.Text));
    }

    [Fact]
    public void One_bad_file_does_not_stop_the_others()
    {
        var good1 = _folder.Write("1.txt", "date 2023-05-05\nOne.");
        var bad = _folder.Write("2.txt", [0, 1, 2]);
        var good2 = _folder.Write("3.txt", "date 2023-05-05\nThree.");

        var results = new DocumentReader(new ReaderOptions()).Read([good1, bad, good2]).ToList();

        Assert.Equal([true, false, true], results.Select(r => r.Document is not null));
    }

    [Fact]
    public void The_id_is_stable_for_the_same_content_and_changes_with_it()
    {
        var a = ReadOne(_folder.Write("a.txt", "date 2023-05-05\nSame text."));
        var b = ReadOne(_folder.Write("b.txt", "date 2023-05-05\n\n\nSame text.\n"));
        var c = ReadOne(_folder.Write("c.txt", "date 2023-05-06\nSame text."));

        Assert.Equal(a.Info.Id, b.Info.Id);
        Assert.NotEqual(a.Info.Id, c.Info.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Info.Id);
    }

    private static Document ReadOne(string path, ReaderOptions? options = null)
    {
        var result = Assert.Single(new DocumentReader(options ?? new ReaderOptions()).Read([path]));
        Assert.True(result.Document is not null, result.Error?.ToString());
        return result.Document;
    }

    private static InputError ReadError(string path, ReaderOptions? options = null)
    {
        var result = Assert.Single(new DocumentReader(options ?? new ReaderOptions()).Read([path]));
        Assert.NotNull(result.Error);
        return result.Error;
    }
}

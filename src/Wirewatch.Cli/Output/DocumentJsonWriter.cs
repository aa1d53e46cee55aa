using System.Text.Encodings.Web;
using System.Text.Json;
using Wirewatch.Core;
using Wirewatch.Extraction.PartsOfSpeech;

namespace Wirewatch.Cli.Output;

/// <summary>
/// Writes a document in the JSON contract (schema <c>wirewatch/1</c>, see DESIGN.md): the document's identity,
/// its text, and each layer it carries, every span a half-open <c>start</c>/<c>end</c> pair into <c>text</c>.
/// Layers the pipeline did not produce are left out rather than written empty.
/// </summary>
public sealed class DocumentJsonWriter
{
    public const string Schema = "wirewatch/1";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    private readonly JsonOutputOptions _options;

    public DocumentJsonWriter(JsonOutputOptions options)
    {
        _options = options;
    }

    /// <summary>Writes the document as one line of JSON Lines.</summary>
    public void WriteLine(TextWriter writer, Document document)
    {
        writer.Write(Serialize(document, Compact));
        writer.Write('\n');
    }

    /// <summary>Writes the document as indented JSON.</summary>
    public void WriteIndented(TextWriter writer, Document document)
    {
        writer.Write(Serialize(document, Indented));
        writer.Write('\n');
    }

    public string Serialize(Document document, bool indented = false) => Serialize(document, indented ? Indented : Compact);

    private string Serialize(Document document, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            Write(json, document);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private void Write(Utf8JsonWriter json, Document document)
    {
        var info = document.Info;
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteStartObject("document");
        json.WriteString("id", info.Id);
        json.WriteString("source", info.Source);
        WriteNullable(json, "date", info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("dateOrigin", DateOriginName(info.DateOrigin));
        WriteNullable(json, "title", info.Title);
        if (info.SourceId is not null)
        {
            json.WriteString("sourceId", info.SourceId);
        }

        json.WriteEndObject();
        json.WriteStartArray("warnings");
        if (info.Date is null)
        {
            json.WriteStringValue("the article's date is unknown: relative times cannot be resolved (give --date)");
            if (document.Has(Layers.Times) && document.Times.Any(t => t.Value.Contains('X', StringComparison.Ordinal)))
            {
                json.WriteStringValue("time values are left underspecified (XXXX) where they depend on the article's date");
            }
        }

        json.WriteEndArray();
        json.WriteString("text", document.Text);
        if (document.Has(Layers.Paragraphs))
        {
            WriteSpans(json, "paragraphs", document.Paragraphs);
        }

        if (document.Has(Layers.Sentences))
        {
            WriteSpans(json, "sentences", document.Sentences);
        }

        if (_options.IncludeTokens && document.Has(Layers.Tokens))
        {
            json.WriteStartArray("tokens");
            var tags = document.Has(Layers.PartsOfSpeech) ? document.PartsOfSpeech : null;
            for (var i = 0; i < document.Tokens.Count; i++)
            {
                var token = document.Tokens[i];
                json.WriteStartObject();
                json.WriteNumber("start", token.Start);
                json.WriteNumber("end", token.End);
                json.WriteString("kind", TokenKindName(token.Kind));
                if (tags is not null)
                {
                    json.WriteString("pos", PartOfSpeechModel.NameOf(tags[i]));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (document.Has(Layers.Entities))
        {
            WriteEntities(json, document);
        }

        if (document.Has(Layers.Times))
        {
            WriteTimes(json, document);
        }

        if (document.Has(Layers.Statements))
        {
            StatementJsonWriter.WriteStatements(json, document);
        }

        if (document.Has(Layers.Disputes))
        {
            StatementJsonWriter.WriteDisputes(json, document);
        }

        if (document.Has(Layers.Events))
        {
            EventJson.Write(json, document);
        }

        json.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("name", entity.Name);
            json.WriteString("type", EntityTypeName(entity.Type));
            json.WriteStartArray("roles");
            foreach (var role in entity.Roles)
            {
                json.WriteStringValue(role);
            }

            json.WriteEndArray();
            json.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                JsonSpans.WriteFields(json, document, mention.Span);
                json.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
                if (mention.StandsFor is not null)
                {
                    json.WriteString("standsFor", mention.StandsFor);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The contract's name of an entity type: PERSON, ORG, GPE, LOC, NORP, FAC.</summary>
    public static string EntityTypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        _ => type.ToString().ToUpperInvariant(),
    };

    private static void WriteTimes(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("times");
        foreach (var time in document.Times)
        {
            json.WriteStartObject();
            json.WriteString("id", time.Id);
            JsonSpans.WriteFields(json, document, time.Span);
            json.WriteString("type", TimeTypeName(time.Type));
            json.WriteString("value", time.Value);
            if (time.Modifier is not null)
            {
                json.WriteString("modifier", time.Modifier);
            }

            if (time.AnchorId is not null)
            {
                json.WriteString("anchor", time.AnchorId);
            }

            if (time.Unresolved is not null)
            {
                json.WriteString("unresolved", time.Unresolved);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string TimeTypeName(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        _ => "SET",
    };

    private static void WriteSpans(Utf8JsonWriter json, string name, IReadOnlyList<TextSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static string DateOriginName(DateOrigin origin) => origin switch
    {
        DateOrigin.Header => "header",
        DateOrigin.Record => "record",
        DateOrigin.Option => "option",
        _ => "unknown",
    };

    private static string TokenKindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Abbreviation => "abbreviation",
        TokenKind.Clitic => "clitic",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

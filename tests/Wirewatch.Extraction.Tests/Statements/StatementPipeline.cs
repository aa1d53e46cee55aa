using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Extraction.Statements;
using Wirewatch.Extraction.Time;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Statements;

/// <summary>The whole pipeline up to statements, built once for the statement tests.</summary>
internal static class StatementPipeline
{
    private static readonly Lazy<Pipeline> _pipeline = new(() => Pipeline.Build([
        .. TextPipeline.Components(TextLexicon.Default),
        new PartOfSpeechComponent(PartOfSpeechModel.Default),
        new TimeComponent(TimeLexicon.Default),
        new NameTaggerComponent(NameModel.Default, new NameHints(Gazetteer.Default, EntityLexicon.Default), EntityLexicon.Default),
        new WhoIsWhoComponent(EntityLexicon.Default, new GazetteerPlaces(Gazetteer.Default)),
        new StatementComponent(StatementLexicon.Default),
    ]));

    public static Pipeline Pipeline => _pipeline.Value;

    public static Document Analyse(string text, DateOnly? date = null)
    {
        var document = ArticleText.Create("test", date ?? new DateOnly(2023, 5, 5), DateOrigin.Option, null, null, text);
        Pipeline.Run(document);
        return document;
    }

    public static Statement WithCue(Document document, string cue) => document.Statements.Single(s => document[s.Cue] == cue);

    public static string Speaker(Document document, Statement statement) => statement.Speaker is { } s ? document[s.Span] : string.Empty;

    public static string Content(Document document, Statement statement) => string.Join(" | ", statement.Content.Select(c => document[c]));
}

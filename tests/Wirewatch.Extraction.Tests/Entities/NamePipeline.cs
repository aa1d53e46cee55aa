using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Text;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Entities;

/// <summary>The pipeline up to the names layer, with the shipped models, built once for the name tests.</summary>
internal static class NamePipeline
{
    private static readonly Lazy<Pipeline> Shared = new(() => Pipeline.Build([
        .. TextPipeline.Components(TextLexicon.Default),
        new PartOfSpeechComponent(PartOfSpeechModel.Default),
        new NameTaggerComponent(NameModel.Default, new NameHints(Gazetteer.Default, EntityLexicon.Default), EntityLexicon.Default),
    ]));

    public static Pipeline Instance => Shared.Value;
}

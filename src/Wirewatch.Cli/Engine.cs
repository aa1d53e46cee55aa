using Wirewatch.Core;
using Wirewatch.Extraction.Time;
using Wirewatch.Text;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Cli;

/// <summary>The full analysis pipeline, every component on, as the commands run it.</summary>
public static class Engine
{
    public static Pipeline CreatePipeline() => Pipeline.Build([.. TextPipeline.Components(TextLexicon.Default), new TimeComponent(TimeLexicon.Default)]);
}

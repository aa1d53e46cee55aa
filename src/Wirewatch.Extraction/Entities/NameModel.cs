using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>The shipped name tagger model, loaded once from the data folder.</summary>
public static class NameModel
{
    /// <summary>Where the shipped model lives, relative to the data folder.</summary>
    public const string DataPath = "models/names-perceptron.bin";

    private static readonly Lazy<NameTagger> Shared = new(() => NameModelFile.Load(DataFiles.PathOf(DataPath)));

    public static NameTagger Default => Shared.Value;
}

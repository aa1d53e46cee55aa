namespace Wirewatch.Extraction.Gazetteers;

/// <summary>How a demonym is used: the adjective/singular ("Russian") or the plural noun ("Russians").</summary>
public enum DemonymForm : byte
{
    Adjective,
    Plural,
}

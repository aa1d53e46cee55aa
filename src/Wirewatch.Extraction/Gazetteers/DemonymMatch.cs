using Wirewatch.Core;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>A nationality word found in text ("Russian", "Ukrainians").</summary>
public sealed record DemonymMatch(TextSpan Span, int FirstToken, int EndToken, Demonym Demonym);

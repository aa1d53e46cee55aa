namespace Wirewatch.Corpora.Case;

/// <summary>One CASE 2021 task 2 snippet and its gold event-type code (ACLED sub-event type, e.g. ARMED_CLASH).</summary>
public sealed record CaseSnippet(string Id, string Text, string Gold);

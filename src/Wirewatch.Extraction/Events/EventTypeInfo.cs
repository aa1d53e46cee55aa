namespace Wirewatch.Extraction.Events;

/// <summary>One ACLED sub-event type with its event type, disorder type and CASE 2021 code.</summary>
public sealed record EventTypeInfo(string SubType, string Type, string DisorderType, string CaseCode);

namespace Wirewatch.Corpora.Muc;

/// <summary>One MUC-4 message: its id, its text from the dateline on, and the date the dateline gives.</summary>
public sealed record MucMessage(string Id, string Text, DateOnly? Date);

namespace Wirewatch.Extraction.Statements;

/// <summary>A cue found in a sentence: the lexicon words [HeadFirst, End) and the auxiliaries before them from First.</summary>
internal readonly record struct CueMatch(int First, int HeadFirst, int End, CueEntry Entry);

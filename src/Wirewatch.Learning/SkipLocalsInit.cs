// Stack buffers of the tagger (token descriptions, features, scores) are always written before they are read,
// so the runtime need not zero them on every sentence.
[module: System.Runtime.CompilerServices.SkipLocalsInit]

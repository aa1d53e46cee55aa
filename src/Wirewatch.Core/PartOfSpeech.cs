namespace Wirewatch.Core;

/// <summary>The universal part-of-speech tags of Universal Dependencies (UPOS).</summary>
public enum PartOfSpeech : byte
{
    /// <summary>Adjective.</summary>
    Adj,

    /// <summary>Adposition (preposition, postposition).</summary>
    Adp,

    /// <summary>Adverb.</summary>
    Adv,

    /// <summary>Auxiliary verb.</summary>
    Aux,

    /// <summary>Coordinating conjunction.</summary>
    CConj,

    /// <summary>Determiner.</summary>
    Det,

    /// <summary>Interjection.</summary>
    Intj,

    /// <summary>Noun.</summary>
    Noun,

    /// <summary>Numeral.</summary>
    Num,

    /// <summary>Particle.</summary>
    Part,

    /// <summary>Pronoun.</summary>
    Pron,

    /// <summary>Proper noun.</summary>
    PropN,

    /// <summary>Punctuation.</summary>
    Punct,

    /// <summary>Subordinating conjunction.</summary>
    SConj,

    /// <summary>Symbol.</summary>
    Sym,

    /// <summary>Verb.</summary>
    Verb,

    /// <summary>Other.</summary>
    X,
}

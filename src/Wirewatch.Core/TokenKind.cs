namespace Wirewatch.Core;

/// <summary>What a token is made of; decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens or apostrophes ("Kyiv", "long-term", "O'Brien").</summary>
    Word,

    /// <summary>A word that ends in its own period: a known abbreviation, an initial or letters with dots ("Mr.", "J.", "U.S.").</summary>
    Abbreviation,

    /// <summary>A clitic split from the word before it ("'s", "n't", "'re").</summary>
    Clitic,

    /// <summary>Digits with optional separators and decimals ("1,000", "3.5", "2023-05-05").</summary>
    Number,

    /// <summary>Sentence and clause punctuation, quotation marks, brackets and dashes.</summary>
    Punctuation,

    /// <summary>Other symbols ("$", "%", "&amp;", "+").</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}

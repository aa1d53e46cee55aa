namespace Wirewatch.Extraction.Entities;

/// <summary>The gender a third-person pronoun is marked for (a flag set: a person may have been called both).</summary>
[Flags]
public enum PronounGender : byte
{
    None = 0,
    Male = 1,
    Female = 2,
}

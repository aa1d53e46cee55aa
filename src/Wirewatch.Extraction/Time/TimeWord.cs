namespace Wirewatch.Extraction.Time;

/// <summary>One entry of the time vocabulary: a word or phrase, its class and its value.</summary>
/// <param name="Words">The words of the entry, lower case ("in", "the", "future").</param>
/// <param name="Class">What kind of time word it is.</param>
/// <param name="Value">The value column as written ("3", "PAST_REF", "LAST").</param>
/// <param name="Extra">The third column, if any ("weak", "pre", "NI").</param>
public sealed record TimeWord(string[] Words, TimeWordClass Class, string Value, string? Extra)
{
    /// <summary>The value as a whole number (weekday 3, month 5, number 20), or 0 when it is not one.</summary>
    public int Number { get; } = int.TryParse(Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>A word that is a time only next to other time words ("may", "fall").</summary>
    public bool Weak => Extra == "weak";

    public int Length => Words.Length;
}

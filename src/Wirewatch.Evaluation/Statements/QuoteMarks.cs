namespace Wirewatch.Evaluation.Statements;

/// <summary>
/// Removes quotation marks the way our input loses them, keeping every offset: each double quote (straight or
/// curly, and the doubled apostrophes <c>''</c> of some wire copy) and each opening single quote becomes a space; a
/// closing or straight single quote too, unless it stands between two letters (an apostrophe: "Clinton’s").
/// Replacing rather than deleting keeps the gold offsets valid, and the scorer compares tokens, on which the extra spaces have no effect.
/// </summary>
public static class QuoteMarks
{
    public static string Remove(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var apostrophe = c is '\u2019' or '\'' && i > 0 && i + 1 < chars.Length && char.IsLetter(chars[i - 1]) && char.IsLetter(chars[i + 1]);
            if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u00AB' or '\u00BB' || c is '\u2019' or '\'' && !apostrophe)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    public static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019' or '\'' or '\u00AB' or '\u00BB';
}

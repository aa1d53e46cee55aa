namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>
/// The plural noun of a demonym: "Russian" -> "Russians", "Iraqi" -> "Iraqis"; none for those that take "the"
/// instead ("Chinese", "Swiss", "British", "French", "Dutch").
/// </summary>
internal static class DemonymPlurals
{
    public static string? Of(string demonym)
    {
        if (demonym.EndsWith("ese", StringComparison.Ordinal)
            || demonym.EndsWith("ss", StringComparison.Ordinal)
            || demonym.EndsWith("sh", StringComparison.Ordinal)
            || demonym.EndsWith("ch", StringComparison.Ordinal)
            || demonym.EndsWith('x')
            || demonym.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return demonym + "s";
    }
}

using Wirewatch.Evaluation;

namespace Wirewatch.Testing;

/// <summary>
/// A test that reads the shared evaluation or training data (<c>../shared</c>). When the folder is absent the
/// test is skipped and says so plainly, rather than passing without checking anything.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.TryLocate() is null)
        {
            Skip = $"The shared data folder (shared/ with eval-data/ and train-data/) was not found above the working directory; set {SharedData.EnvironmentVariable} to run this test.";
        }
    }
}

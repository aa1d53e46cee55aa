using Wirewatch.Evaluation;
using Xunit;

namespace Wirewatch.Learning.Tests;

/// <summary>A fact that needs the shared data folder (../shared); skipped, saying so, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.TryLocate() is null)
        {
            Skip = $"The shared data folder (shared/ with train-data/) was not found above the working directory; set {SharedData.EnvironmentVariable} to run this test.";
        }
    }
}

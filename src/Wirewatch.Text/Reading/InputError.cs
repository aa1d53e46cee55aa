using Wirewatch.Core;

namespace Wirewatch.Text.Reading;

/// <summary>One input that could not be read: where (a path, <c>path:LINE</c> or <c>-</c>), what kind of failure, and why.</summary>
public sealed record InputError(string Source, ErrorCode Code, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}

namespace Wirewatch.Core;

/// <summary>The one error type for failures a user is told about: a code and one clear line.</summary>
public sealed class WirewatchException : Exception
{
    public WirewatchException(ErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public WirewatchException(ErrorCode code, string message, Exception inner)
        : base(message, inner)
    {
        Code = code;
    }

    public ErrorCode Code { get; }
}

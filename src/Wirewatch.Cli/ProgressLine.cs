using System.Diagnostics;

namespace Wirewatch.Cli;

/// <summary>
/// A one-line progress count on standard error, redrawn at most ten times a second, and only when standard
/// error is a terminal: piped or redirected runs stay clean.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private readonly TextWriter? _writer;
    private readonly string _verb;
    private long _lastDraw;
    private bool _drawn;

    private ProgressLine(TextWriter? writer, string verb)
    {
        _writer = writer;
        _verb = verb;
    }

    public static ProgressLine Create(CliConsole console, string verb) => new(console.ErrorIsTerminal ? console.Error : null, verb);

    public void Update(int done, string current)
    {
        if (_writer is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (_drawn && Stopwatch.GetElapsedTime(_lastDraw, now).TotalMilliseconds < 100)
        {
            return;
        }

        _lastDraw = now;
        var name = current.Length > 50 ? "…" + current[^49..] : current;
        _writer.Write($"\r\u001b[2K{_verb} {done:N0} articles  {name}");
        _writer.Flush();
        _drawn = true;
    }

    public void Clear()
    {
        if (_writer is not null && _drawn)
        {
            _writer.Write("\r\u001b[2K");
            _writer.Flush();
            _drawn = false;
        }
    }

    public void Dispose() => Clear();
}

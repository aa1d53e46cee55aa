using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch bench</c>: runs the whole pipeline over articles held in memory, <c>--repeat</c> times, and reports
/// articles per second (wall clock and per CPU-second), MB/s, time to the first result, peak memory and the share
/// of time each component takes.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var repeat = new Option<int>("--repeat") { Description = "How many times to run over all articles.", DefaultValueFactory = _ => 3 };
        var command = new Command("bench", "Measure throughput, time to first result, peak memory and each component's share of the time.");
        inputs.AddTo(command);
        command.Add(repeat);
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(inputs.Paths), inputs.ToReaderOptions(parsed), parsed.GetValue(repeat)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, ReaderOptions options, int repeat)
    {
        if (repeat < 1)
        {
            throw new WirewatchException(ErrorCode.BadUsage, "--repeat takes a number of at least 1");
        }

        using var process = Process.GetCurrentProcess();
        var pipeline = Engine.CreatePipeline();
        var documents = new List<Document>();
        var errors = 0;
        TimeSpan? firstResult = null;
        foreach (var result in new DocumentReader(options, console.OpenStandardInput).Read(paths))
        {
            if (result.Error is { } error)
            {
                console.ReportError(error.ToString());
                errors++;
                continue;
            }

            documents.Add(result.Document!);
            if (firstResult is null)
            {
                pipeline.Run(Fresh(result.Document!));
                firstResult = DateTime.Now - process.StartTime;
            }
        }

        if (documents.Count == 0)
        {
            console.ReportError("no articles to measure");
            return ExitCodes.BadInput;
        }

        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var timings = pipeline.CreateTimings();
        GC.Collect();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        using (var progress = ProgressLine.Create(console, "measuring"))
        {
            for (var r = 0; r < repeat; r++)
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    pipeline.Run(Fresh(documents[i]), timings);
                    progress.Update((r * documents.Count) + i + 1, documents[i].Info.Source);
                }
            }
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        
        var report = new BenchReport(documents.Count, repeat, bytes, wall.Elapsed, cpu, firstResult ?? TimeSpan.Zero, process.PeakWorkingSet64, timings);
        console.Out.Write(report.ToMarkdown());
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;

        static Document Fresh(Document document) => new(document.Info, document.Text);
    }

    private sealed record BenchReport(int Articles, int Repeat, long Bytes, TimeSpan Wall, TimeSpan Cpu, TimeSpan FirstResult, long PeakBytes, PipelineTimings Timings)
    {
        public string ToMarkdown()
        {
            var runs = Articles * (double)Repeat;
            var megabytes = Bytes * (double)Repeat / (1024 * 1024);
            var summary = new EvaluationTable("Throughput", "measure", "value");
            summary.Add("machine", $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {CpuModel()}");
            summary.Add("articles", $"{Articles:N0} × {Repeat} runs, {Bytes / 1024.0 / Math.Max(1, Articles):0.0} KB each on average (UTF-8)");
            summary.Add("articles per second (wall clock)", Format(runs / Wall.TotalSeconds));
            summary.Add("articles per CPU-second", Format(runs / Math.Max(Cpu.TotalSeconds, 1e-9)));
            summary.Add("MB per second (wall clock)", Format(megabytes / Wall.TotalSeconds));
            summary.Add("time to first result (process start to first article analysed)", $"{FirstResult.TotalMilliseconds:0} ms");
            summary.Add("peak memory (working set)", $"{PeakBytes / (1024.0 * 1024):0} MB");

            var components = new EvaluationTable("Time per component", "component", "time", "share");
            for (var i = 0; i < Timings.ComponentNames.Count; i++)
            {
                components.Add(Timings.ComponentNames[i], $"{Timings.Elapsed(i).TotalMilliseconds:0.0} ms", $"{Timings.Share(i):P1}");
            }

            return summary.ToMarkdown() + Environment.NewLine + components.ToMarkdown();
        }

        private static string Format(double value) => value.ToString("N1", CultureInfo.InvariantCulture);

        private static string CpuModel()
        {
            const string CpuInfo = "/proc/cpuinfo";
            if (!File.Exists(CpuInfo))
            {
                return RuntimeInformation.ProcessArchitecture.ToString();
            }

            var line = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
    }
}

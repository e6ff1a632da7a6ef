using System.Diagnostics;
using System.Text;

namespace Aqua.Compare;

/// <summary>A program to start: the executable, its arguments, the folder it runs in.</summary>
public sealed record Command(string Executable, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public override string ToString() => string.Join(' ', [Executable, .. Arguments]);
}

/// <summary>What one process did: its wall time from start to exit, its output and exit code.</summary>
public sealed record ProcessResult(double WallMs, int ExitCode, string Stdout, string Stderr);

/// <summary>Starts a process, captures its output and times it from just before start to its exit.</summary>
public static class ProcessTimer
{
    /// <summary>A run that takes longer than this is killed (a hung benchmark must not hang the tool).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static ProcessResult Run(Command command)
    {
        var info = new ProcessStartInfo(command.Executable)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (string argument in command.Arguments) info.ArgumentList.Add(argument);

        long start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {command}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        double wallMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new ProcessResult(wallMs, process.ExitCode, stdout.Result, stderr.Result);
    }
}

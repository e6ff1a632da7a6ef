using System.Diagnostics;
using System.Text;
using Xunit;

namespace Aqua.Tests.TestSupport;

/// <summary>
/// Runs the machine's <c>python3</c> as a child process, for tests whose expected output is
/// computed by CPython at test time. Probed once: <see cref="SkipReason"/> says why it cannot run.
/// </summary>
public static class Python3
{
    public const string Executable = "python3";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    private static readonly Lazy<(string? Version, string? SkipReason)> Probe = new(RunProbe);

    /// <summary>The output of <c>python3 --version</c>, e.g. <c>Python 3.11.7</c>, or null when there is none.</summary>
    public static string? Version => Probe.Value.Version;

    /// <summary>Why python3 cannot be used here, or null when it can.</summary>
    public static string? SkipReason => Probe.Value.SkipReason;

    /// <summary>
    /// Runs <c>python3 -I -X utf8 -c script</c> with <paramref name="stdin"/> as its input (UTF-8).
    /// </summary>
    public static ProgramResult RunScript(string script, string stdin, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // -I: ignore PYTHON* variables and the user's site-packages; -X utf8: UTF-8 streams.
        foreach (var arg in new[] { "-I", "-X", "utf8", "-c", script }) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new ProgramResult(-1, stdout.Result, stderr.Result, TimedOut: true);
        }
        process.WaitForExit();
        return new ProgramResult(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }

    private static (string?, string?) RunProbe()
    {
        try
        {
            var start = new ProcessStartInfo(Executable, "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null) return (null, "python3 could not be started.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, "`python3 --version` did not finish.");
            }
            string version = (output.Result + error.Result).Trim();
            return process.ExitCode == 0
                ? (version, null)
                : (null, $"`python3 --version` failed with exit code {process.ExitCode}: {version}");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (null, $"python3 is not on this machine ({e.Message}); the CPython differential tests are skipped.");
        }
    }
}

/// <summary>A fact that needs <c>python3</c>: skipped, with the reason shown, when it is not there.</summary>
public sealed class Python3FactAttribute : FactAttribute
{
    public Python3FactAttribute()
    {
        if (Python3.SkipReason is { } reason) Skip = reason;
    }
}

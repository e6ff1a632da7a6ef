using System.Diagnostics;
using Aqua.Tests.TestSupport;

namespace Aqua.Tests.Cli;

/// <summary>Runs the built `aquac` (and compiled programs) as real processes under `dotnet`.</summary>
public static class AquacProcess
{
    /// <summary>aquac.dll as built beside this test assembly (the test project references the CLI project).</summary>
    public static string AquacDll => Path.Combine(AppContext.BaseDirectory, "aquac.dll");

    public static ProgramResult Aquac(params string[] args) => Dotnet([AquacDll, .. args]);

    /// <summary>
    /// Runs <paramref name="script"/> under /bin/sh, with <paramref name="args"/> as $1, $2, ...
    /// (for redirections a test needs: a shared file, /dev/full, a closed descriptor); its exit code.
    /// </summary>
    public static int Shell(string script, params string[] args)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var a in new[] { "-c", script, "sh" }.Concat(args)) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sh -c '{script}' ran over 2 minutes");
        }
        return process.ExitCode;
    }

    public static ProgramResult Dotnet(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return new ProgramResult(-1, stdout.Result, stderr.Result, TimedOut: true);
        }
        return new ProgramResult(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }
}

using System.Runtime.InteropServices;

namespace Aqua.Compare;

/// <summary>
/// One of the compared implementations: how to start it on a program file, and its version.
/// <see cref="Executable"/> is null when the implementation is not installed.
/// </summary>
public sealed record Side(string Label, string? Executable, string Version)
{
    public bool Available => Executable is not null;

    public Command Run(string programFile, string workingDirectory) =>
        new(Executable ?? throw new InvalidOperationException($"{Label} is not available"), [programFile], workingDirectory);

    /// <summary>The dotnet host of the runtime this tool runs on, so app.dll runs on the same .NET.</summary>
    public static Side Aquac()
    {
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return new Side("aquac", File.Exists(muxer) ? muxer : "dotnet", RuntimeInformation.FrameworkDescription);
    }

    /// <summary>
    /// CPython: the real interpreter behind <c>python3</c> (sys.executable), so a version-manager
    /// shim on the PATH does not add its own start-up to every run.
    /// </summary>
    public static Side CPython() =>
        Probe("CPython", "python3", ["-c", "import sys; print(sys.executable); print(sys.version.split()[0])"]);

    public static Side Node() =>
        Probe("Node", "node", ["-e", "console.log(process.execPath); console.log(process.version)"]);

    private static Side Probe(string label, string command, IReadOnlyList<string> arguments)
    {
        try
        {
            var result = ProcessTimer.Run(new Command(command, arguments, Environment.CurrentDirectory));
            string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (result.ExitCode == 0 && lines.Length >= 2 && File.Exists(lines[0])) return new Side(label, lines[0], lines[1]);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // not installed
        }
        return new Side(label, null, "n/a");
    }
}

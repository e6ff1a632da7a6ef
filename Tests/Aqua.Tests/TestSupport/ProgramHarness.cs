using Aqua.Compiler;
using Aqua.Compiler.Build;
using Aqua.Compiler.Emit;

namespace Aqua.Tests.TestSupport;

/// <summary>What a compiled program did: its exit code and everything it wrote.</summary>
public sealed record ProgramResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);

/// <summary>
/// Runs .acode files through the real pipeline (read → analyse → emit → Roslyn → run) in this
/// process, each program isolated in its own load context, with a time limit.
/// </summary>
public static class ProgramHarness
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static ProgramResult CompileAndRun(string acodePath, TimeSpan? timeout = null, EmitOptions? options = null)
    {
        var (assembly, _) = Pipeline.Compile(acodePath, Path.GetFileNameWithoutExtension(acodePath), options);
        return Run(assembly, timeout);
    }

    public static ProgramResult Run(byte[] assembly, TimeSpan? timeout = null, Action<Type>? inspect = null)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var task = Task.Run(() => ProgramRunner.Run(assembly, stdout, stderr, inspect));
        if (!task.Wait(timeout ?? DefaultTimeout))
            return new ProgramResult(-1, Snapshot(stdout), Snapshot(stderr), TimedOut: true);
        return new ProgramResult(task.Result, stdout.ToString(), stderr.ToString(), TimedOut: false);
    }

    private static string Snapshot(StringWriter writer)
    {
        lock (writer) return writer.ToString();
    }
}

using Aqua.Bench;
using Aqua.Compiler.Build;

namespace Aqua.Benchmarks;

/// <summary>
/// A benchmark program compiled by aquac's real pipeline (in an <see cref="IsolatedCompiler"/>)
/// and loaded once, so that its entry point can be run again and again. Its load context stays
/// loaded and is not collectible (statics of collectible assemblies are reached through an extra
/// indirection, which `dotnet app.dll` does not pay).
/// </summary>
public sealed class LoadedProgram
{
    private readonly Func<TextWriter, TextWriter, int> _run;

    private LoadedProgram(Func<TextWriter, TextWriter, int> run) => _run = run;

    /// <summary>Compiles <c>NAME.acode</c> of the bench folder and loads it in a context of its own.</summary>
    public static LoadedProgram Compile(string name)
    {
        byte[] assembly = IsolatedCompiler.Compile(BenchSuite.File(name, ".acode"), name);
        var entry = new ProgramLoadContext(collectible: false).LoadEntryType(assembly);
        var run = entry.GetMethod("Run", [typeof(TextWriter), typeof(TextWriter)])
            ?? throw new InvalidOperationException($"{name}: the compiled program has no Run(TextWriter, TextWriter)");
        return new LoadedProgram(run.CreateDelegate<Func<TextWriter, TextWriter, int>>());
    }

    /// <summary>Runs the whole program (Host.Run: a fresh big-stack thread); returns its exit code.</summary>
    public int Run(TextWriter stdout, TextWriter stderr) => _run(stdout, stderr);

    /// <summary>Runs once and returns what it printed, failing on a non-zero exit code.</summary>
    public string RunCapturingOutput()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Run(stdout, stderr);
        if (exit != 0) throw new InvalidOperationException($"the program exited with {exit}: {stderr}");
        return stdout.ToString();
    }
}

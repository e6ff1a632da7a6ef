using System.Reflection;
using System.Runtime.Loader;
using Aqua.Bench;
using Aqua.Compiler.Emit;

namespace Aqua.Benchmarks;

/// <summary>
/// A benchmark program compiled by aquac's real pipeline (in an <see cref="IsolatedCompiler"/>)
/// and loaded once, so that its entry point can be run again and again. Modelled on aquac's
/// ProgramRunner, but the load context
/// stays loaded and is not collectible (statics of collectible assemblies are reached through
/// an extra indirection, which `dotnet app.dll` does not pay).
/// </summary>
public sealed class LoadedProgram
{
    private readonly Func<TextWriter, TextWriter, int> _run;

    private LoadedProgram(Func<TextWriter, TextWriter, int> run) => _run = run;

    /// <summary>Compiles <c>NAME.acode</c> of the bench folder and loads it in a context of its own.</summary>
    public static LoadedProgram Compile(string name)
    {
        byte[] assembly = IsolatedCompiler.Compile(BenchSuite.File(name, ".acode"), name);
        var context = new ProgramLoadContext(name);
        using var stream = new MemoryStream(assembly);
        var entry = context.LoadFromStream(stream).GetType(EmittedProgram.EntryType, throwOnError: true)!;
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

    /// <summary>The program with its own copy of Aqua.Runtime, so the runtime's statics are its own.</summary>
    private sealed class ProgramLoadContext(string name) : AssemblyLoadContext("aqua-bench-" + name, isCollectible: false)
    {
        private static readonly string RuntimePath = typeof(Aqua.Runtime.Value).Assembly.Location;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "Aqua.Runtime" ? LoadFromAssemblyPath(RuntimePath) : null;
    }
}

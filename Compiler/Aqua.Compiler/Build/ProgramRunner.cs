using System.Reflection;
using System.Runtime.Loader;
using Aqua.Compiler.Emit;

namespace Aqua.Compiler.Build;

/// <summary>
/// Runs a compiled program inside this process. Each run gets its own collectible load context
/// with its own copy of Aqua.Runtime, so the runtime's static state (function table, class
/// registry, output buffer) belongs to that program alone.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Runs with the given writers; returns the program's exit code.</summary>
    public static int Run(byte[] assembly, TextWriter stdout, TextWriter stderr)
    {
        var context = new IsolatedContext();
        try
        {
            var program = LoadEntryType(context, assembly);
            var run = program.GetMethod("Run", [typeof(TextWriter), typeof(TextWriter)])!;
            return (int)run.Invoke(null, [stdout, stderr])!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs on the real console (the program sets up its own buffered stdout).</summary>
    public static int RunOnConsole(byte[] assembly)
    {
        var context = new IsolatedContext();
        try
        {
            var program = LoadEntryType(context, assembly);
            return (int)program.GetMethod("Main", Type.EmptyTypes)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static Type LoadEntryType(IsolatedContext context, byte[] assembly)
    {
        using var stream = new MemoryStream(assembly);
        return context.LoadFromStream(stream).GetType(EmittedProgram.EntryType, throwOnError: true)!;
    }

    private sealed class IsolatedContext() : AssemblyLoadContext("aqua-program", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name == "Aqua.Runtime" ? LoadFromAssemblyPath(RuntimeAssembly.Path) : null;
    }
}

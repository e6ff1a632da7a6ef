namespace Aqua.Compiler.Build;

/// <summary>
/// Runs a compiled program inside this process, once, in a collectible
/// <see cref="ProgramLoadContext"/> that is unloaded afterwards.
/// </summary>
public static class ProgramRunner
{
    /// <summary>
    /// Runs with the given writers; returns the program's exit code. <paramref name="inspect"/>, if
    /// given, sees the entry type after the run and before the unload (tests read the program's
    /// state through it).
    /// </summary>
    public static int Run(byte[] assembly, TextWriter stdout, TextWriter stderr, Action<Type>? inspect = null)
    {
        var context = new ProgramLoadContext(collectible: true);
        try
        {
            var program = context.LoadEntryType(assembly);
            var run = program.GetMethod("Run", [typeof(TextWriter), typeof(TextWriter)])!;
            int exitCode = (int)run.Invoke(null, [stdout, stderr])!;
            inspect?.Invoke(program);
            return exitCode;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs on the real console (the program sets up its own buffered stdout).</summary>
    public static int RunOnConsole(byte[] assembly)
    {
        var context = new ProgramLoadContext(collectible: true);
        try
        {
            var program = context.LoadEntryType(assembly);
            return (int)program.GetMethod("Main", Type.EmptyTypes)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}

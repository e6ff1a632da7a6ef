namespace Aqua.Compiler.Build;

/// <summary>
/// Runs a compiled program inside this process, once, in a collectible
/// <see cref="ProgramLoadContext"/> that is unloaded afterwards.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Runs with the given writers; returns the program's exit code.</summary>
    public static int Run(byte[] assembly, TextWriter stdout, TextWriter stderr)
    {
        var context = new ProgramLoadContext(collectible: true);
        try
        {
            var program = context.LoadEntryType(assembly);
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

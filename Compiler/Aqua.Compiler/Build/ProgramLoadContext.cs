using System.Reflection;
using System.Runtime.Loader;
using Aqua.Compiler.Emit;

namespace Aqua.Compiler.Build;

/// <summary>
/// A load context for one compiled program, with its own copy of Aqua.Runtime, so the runtime's
/// static state (function table, class registry, output buffer) belongs to that program alone.
/// Collectible for runs that unload afterwards; not collectible where the program is run again
/// and again (statics of collectible assemblies cost an extra indirection).
/// </summary>
public sealed class ProgramLoadContext(bool collectible) : AssemblyLoadContext("aqua-program", collectible)
{
    /// <summary>Loads the compiled assembly and returns its entry type (<see cref="EmittedProgram.EntryType"/>).</summary>
    public Type LoadEntryType(byte[] assembly)
    {
        using var stream = new MemoryStream(assembly);
        return LoadFromStream(stream).GetType(EmittedProgram.EntryType, throwOnError: true)!;
    }

    protected override Assembly? Load(AssemblyName name) =>
        name.Name == "Aqua.Runtime" ? LoadFromAssemblyPath(RuntimeAssembly.Path) : null;
}

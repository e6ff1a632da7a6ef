using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Aqua.Benchmarks;

/// <summary>
/// Runs aquac's real pipeline (<c>Pipeline.Compile</c>) inside a collectible load context and
/// unloads it afterwards, so that Roslyn's caches and reference assemblies (~14 MB that stay
/// reachable after a compile) are not left in the benchmark process's heap: `dotnet app.dll`
/// has no such heap, and allocation-heavy programs (concat, queens) run thousands of GCs.
/// </summary>
public static class IsolatedCompiler
{
    /// <summary>The assembly bytes aquac produces for an .acode file.</summary>
    public static byte[] Compile(string acodePath, string assemblyName)
    {
        var (assembly, context) = CompileAndUnload(acodePath, assemblyName);
        for (int i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return assembly;
    }

    // Not inlined, so that no reference to the context or its types stays on the caller's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (byte[] Assembly, WeakReference Context) CompileAndUnload(string acodePath, string assemblyName)
    {
        var context = new CompilerLoadContext();
        var pipeline = context.LoadFromAssemblyName(new AssemblyName("Aqua.Compiler")).GetType("Aqua.Compiler.Pipeline", throwOnError: true)!;
        // Compile(path, assemblyName, EmitOptions? options = null): the options type lives in the context, so pass null.
        var compile = pipeline.GetMethod("Compile")!;
        object? result;
        try
        {
            result = compile.Invoke(null, [acodePath, assemblyName, null]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The compiler's diagnostic type lives in the unloaded context: keep only its text.
            throw new InvalidOperationException(e.InnerException.Message);
        }
        var assembly = (byte[])((ITuple)result!)[0]!;
        var weak = new WeakReference(context);
        context.Unload();
        return (assembly, weak);
    }

    /// <summary>Aqua.Compiler and everything it uses (Roslyn, Aqua.Runtime) from this app's folder.</summary>
    private sealed class CompilerLoadContext() : AssemblyLoadContext("aquac-compiler", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}

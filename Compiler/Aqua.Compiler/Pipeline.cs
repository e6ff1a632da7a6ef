using Aqua.Compiler.Analysis;
using Aqua.Compiler.Build;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit;

namespace Aqua.Compiler;

/// <summary>
/// The stages in order: read the .acode (Bytecode), analyse each code unit (Analysis), emit C#
/// (Emit), compile it with Roslyn (Build). Each stage takes the previous stage's immutable result;
/// a problem anywhere raises a <see cref="Diagnostics.DiagnosticException"/> with its location.
/// </summary>
public static class Pipeline
{
    public static AcodeModule Read(string path) => AcodeReader.Read(path);

    public static EmittedProgram Emit(AcodeModule module, EmitOptions? options = null)
    {
        var analysis = ProgramAnalysis.Run(module);
        return ProgramEmitter.Emit(module, analysis.Functions, analysis.Main, options);
    }

    /// <summary>Read, analyse, emit and compile: the assembly's bytes and the C# they came from.</summary>
    public static (byte[] Assembly, EmittedProgram Source) Compile(string path, string assemblyName, EmitOptions? options = null)
    {
        var module = Read(path);
        var source = Emit(module, options);
        return (RoslynBuild.Compile(source, assemblyName, path), source);
    }

    /// <summary>The assembly name for an output path: its file name without extension.</summary>
    public static string AssemblyNameFor(string outputPath) => Path.GetFileNameWithoutExtension(outputPath);
}

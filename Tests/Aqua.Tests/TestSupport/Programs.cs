using Aqua.Compiler;
using Aqua.Compiler.Build;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit;

namespace Aqua.Tests.TestSupport;

/// <summary>Compiles and runs hand-assembled modules (no file needed).</summary>
public static class Programs
{
    public static AcodeModule Module(Action<CodeBuilder> main, Action<AcodeBuilder>? functions = null)
    {
        var b = new AcodeBuilder();
        functions?.Invoke(b);
        return b.Build("test.acode", main);
    }

    public static EmittedProgram Emit(AcodeModule module, EmitOptions? options = null) => Pipeline.Emit(module, options);

    public static ProgramResult Run(AcodeModule module, EmitOptions? options = null)
    {
        var source = Pipeline.Emit(module, options);
        return ProgramHarness.Run(RoslynBuild.Compile(source, "test", module.SourcePath));
    }

    /// <summary>Runs a module after a round trip through the real file format and reader.</summary>
    public static ProgramResult RunThroughFile(AcodeModule module) =>
        Run(AcodeReader.Read(AcodeWriter.Write(module), module.SourcePath));
}

using System.Reflection;
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

    /// <summary>
    /// Runs a module and names the functions whose specialised version had to leave for its general
    /// code during the run (their <see cref="Identifiers.DeoptimizedFlag"/> field is set).
    /// </summary>
    public static (ProgramResult Result, IReadOnlyList<string> Left) RunAndListLeaves(AcodeModule module, TimeSpan? timeout = null)
    {
        var left = new List<string>();
        var assembly = RoslynBuild.Compile(Pipeline.Emit(module), "test", module.SourcePath);
        var result = ProgramHarness.Run(assembly, timeout, program =>
        {
            var moduleType = program.Assembly.GetType("AquaProgram.Module", throwOnError: true)!;
            for (int i = 0; i < module.Functions.Length; i++)
            {
                var flag = moduleType.GetField(Identifiers.DeoptimizedFlag(i), BindingFlags.NonPublic | BindingFlags.Static);
                if (flag is not null && (bool)flag.GetValue(null)!) left.Add(module.Functions[i].Name);
            }
        });
        return (result, left);
    }

    /// <summary>Runs a module after a round trip through the real file format and reader.</summary>
    public static ProgramResult RunThroughFile(AcodeModule module) =>
        Run(AcodeReader.Read(AcodeWriter.Write(module), module.SourcePath));
}

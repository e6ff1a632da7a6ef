using System.Reflection;
using Aqua.Compiler;
using Aqua.Compiler.Build;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit;
using Xunit;

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

    public static ProgramResult Run(AcodeModule module, EmitOptions? options = null) => ProgramHarness.Run(Compile(module, options));

    private static byte[] Compile(AcodeModule module, EmitOptions? options = null) =>
        RoslynBuild.Compile(Pipeline.Emit(module, options), "test", module.SourcePath);

    /// <summary>
    /// Runs the module specialised and with specialisation off: both must print the same and end
    /// alike (the general code is what every exit from specialised code falls back to). Returns the
    /// specialised run.
    /// </summary>
    public static ProgramResult RunBothWays(AcodeModule module)
    {
        var specialised = Run(module);
        var general = Run(module, new EmitOptions(Specialise: false));
        Assert.Equal(general.Stdout, specialised.Stdout);
        Assert.Equal(general.Stderr, specialised.Stderr);
        Assert.Equal(general.ExitCode, specialised.ExitCode);
        return specialised;
    }

    /// <summary>
    /// Runs a module and names the functions whose specialised version had to leave for its general
    /// code during the run (their <see cref="Identifiers.DeoptimizedFlag"/> field is set).
    /// </summary>
    public static (ProgramResult Result, IReadOnlyList<string> Left) RunAndListLeaves(AcodeModule module, TimeSpan? timeout = null)
    {
        var left = new List<string>();
        var result = ProgramHarness.Run(Compile(module), timeout, program =>
        {
            var moduleType = program.Assembly.GetType($"{EmittedProgram.Namespace}.Module", throwOnError: true)!;
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

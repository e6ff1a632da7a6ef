using System.Collections.Immutable;
using System.Text;
using Aqua.Compiler.Diagnostics;
using Aqua.Compiler.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Diagnostic = Aqua.Compiler.Diagnostics.Diagnostic;

namespace Aqua.Compiler.Build;

/// <summary>
/// Compiles the generated C# in memory with Roslyn against the .NET 10 reference assemblies
/// (Basic.Reference.Assemblies) and Aqua.Runtime, deterministically: the same source gives the
/// same bytes.
/// </summary>
public static class RoslynBuild
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(RuntimeAssembly.Path))
            .ToImmutableArray());

    /// <summary>
    /// The assembly's bytes. Errors in generated code are compiler bugs: they are reported as a
    /// diagnostic naming the generated line and the instruction it came from.
    /// </summary>
    public static byte[] Compile(EmittedProgram program, string assemblyName, string sourcePath)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(
            SourceText.From(program.Source, Encoding.UTF8), parseOptions, path: "Program.g.cs");
        var options = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            mainTypeName: EmittedProgram.EntryType,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Disable,
            concurrentBuild: false);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, options);

        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
        {
            var error = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            throw new DiagnosticException(Describe(error, program, sourcePath));
        }
        return pe.ToArray();
    }

    private static Diagnostic Describe(Microsoft.CodeAnalysis.Diagnostic error, EmittedProgram program, string sourcePath)
    {
        var span = error.Location.GetLineSpan();
        int line = span.StartLinePosition.Line;
        string generated = line >= 0 && line < program.LineOrigins.Count
            ? program.Source.Split('\n')[line].Trim()
            : "";
        var origin = line >= 0 && line < program.LineOrigins.Count ? program.LineOrigins[line] : null;
        string where = origin is null
            ? $"generated line {line + 1}"
            : (origin.Unit == "main" ? $"main code, instruction {origin.Instruction}" : $"function '{origin.Unit}', instruction {origin.Instruction}")
              + $" (generated line {line + 1})";
        return new Diagnostic(sourcePath, where,
            $"internal compiler error: the generated C# does not compile: {error.Id}: {error.GetMessage()} in `{generated}`");
    }
}

using System.Collections.Immutable;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis;

/// <summary>The analysis of every function (in function-table order) and of the main code.</summary>
public sealed record ProgramAnalysis(AcodeModule Module, ImmutableArray<CodeAnalysis> Functions, CodeAnalysis Main)
{
    public static ProgramAnalysis Run(AcodeModule module) => new(
        module,
        module.Functions.Select(f => CodeAnalysis.Run(module, f.Code)).ToImmutableArray(),
        CodeAnalysis.Run(module, module.Main));
}

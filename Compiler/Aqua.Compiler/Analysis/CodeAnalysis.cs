using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Analysis;

/// <summary>
/// Everything the analysis stage knows about one code unit. The passes run in this order, each
/// needing the ones before it: blocks and edges, the stack at every instruction, dominators, loops.
/// </summary>
public sealed record CodeAnalysis(
    CodeUnit Code,
    TryRegions Regions,
    ControlFlowGraph Graph,
    StackAnalysis Stack,
    Dominators Dominators,
    LoopDetection Loops,
    StringAccumulation Accumulation)
{
    /// <summary>Analyses one code unit (try constructs first: they shape the blocks); a malformed unit raises a DiagnosticException.</summary>
    public static CodeAnalysis Run(AcodeModule module, CodeUnit code)
    {
        var regions = TryRegions.Find(module, code);
        var graph = ControlFlowGraph.Build(code, regions);
        var stack = StackAnalysis.Run(graph, module);
        var dominators = Dominators.Compute(graph);
        var loops = LoopDetection.Run(graph, dominators);
        var accumulation = StringAccumulation.Find(module, code, graph, stack);
        return new CodeAnalysis(code, regions, graph, stack, dominators, loops, accumulation);
    }
}

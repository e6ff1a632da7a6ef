using System.Text;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// Leaving a type-specialised version mid-function: when a value stops fitting its kind (an int
/// overflows 64 bits, a callee returns another kind, a range has big bounds), the frame is boxed
/// and handed to the function's resume version, which finishes the call from that very instruction
/// over Values. The function's flag is set so later calls go straight to the general code.
/// </summary>
public sealed class Deoptimization
{
    private readonly CodeAnalysis _analysis;
    private readonly FunctionTyping _typing;
    private readonly string _resumeMethod;
    private readonly string _flag;
    private readonly int _frameSize;
    private readonly IReadOnlyList<int> _cursors;
    private readonly SortedSet<int> _resumePoints = new();

    /// <param name="function">The function's index, or -1 for the main code.</param>
    public Deoptimization(ProgramSymbols symbols, int function, CodeAnalysis analysis, FunctionTyping typing, IReadOnlyList<int> cursors)
    {
        _analysis = analysis;
        _typing = typing;
        _isMain = function < 0;
        _resumeMethod = _isMain ? MainResumeMethod : ResumeMethodName(symbols, function);
        _flag = _isMain ? "" : Identifiers.DeoptimizedFlag(function);
        _frameSize = _isMain ? 0 : symbols.Module.Functions[function].FrameSize;
        _cursors = cursors;
    }

    private readonly bool _isMain;

    /// <summary>Has the specialised version counted its call (Host.Enter)?</summary>
    public bool Counted { get; init; } = true;

    public const string MainResumeMethod = "RunMain_R";

    public static string ResumeMethodName(ProgramSymbols symbols, int function) => symbols.MethodName(function) + "_R";

    public static string SpecialisedMethodName(ProgramSymbols symbols, int function) => symbols.MethodName(function) + "_T";

    /// <summary>Instructions some exit resumes at (they get labels in the resume version).</summary>
    public IReadOnlySet<int> ResumePoints => _resumePoints;

    /// <summary>
    /// The block that leaves for the resume version at instruction <paramref name="at"/>, from code
    /// placed at instruction <paramref name="from"/>: the stack <paramref name="at"/> expects is read
    /// from its slots' variables by their kinds before <paramref name="from"/>, except
    /// <paramref name="overrideDepth"/>, which is <paramref name="overrideValue"/> (say a call's
    /// result that did not have the expected kind).
    /// </summary>
    public string Leave(int at, int from, int overrideDepth = -1, string? overrideValue = null)
    {
        _resumePoints.Add(at);
        int depth = _analysis.Stack.DepthBefore(at);
        var args = new StringBuilder($"{at}");
        for (int slot = 0; slot < _frameSize; slot++)
            args.Append(", ").Append(Representation.Box(Identifiers.Local(slot), _typing.Locals[slot].Normalize()));
        for (int d = 0; d < _analysis.Stack.MaxDepth; d++)
        {
            args.Append(", ");
            if (d == overrideDepth) args.Append(overrideValue);
            else if (d < depth) args.Append(Representation.Box(Representation.Slot(d, Kind(from, d)), Kind(from, d)));
            else args.Append("default");
        }
        foreach (int c in _cursors) args.Append(", ").Append(Identifiers.RangeCursor(c));
        if (_isMain)
        {
            // Main runs once: no flag. Its typed globals go back to their fields, where general code reads them.
            var writeBack = new StringBuilder();
            for (int slot = 0; slot < _typing.Locals.Length; slot++)
            {
                var k = _typing.Locals[slot].Normalize();
                if (k.IsTyped()) writeBack.Append($"{Identifiers.Global(slot)} = {Representation.Box(Identifiers.GlobalShadow(slot), k)}; ");
            }
            return $"{{ {writeBack}{_resumeMethod}({args}); return; }}";
        }
        // pc = -1: the resume version records this frame for a traceback, not this method's filter.
        // An uncounted version counts its call now: the resume version's returns uncount it.
        return $"{{ pc = -1; {_flag} = true; {(Counted ? "" : "Host.Enter(); ")}return {_resumeMethod}({args}); }}";
    }

    private ValueKind Kind(int at, int depth) => _typing.Slot(at, depth).Normalize();
}

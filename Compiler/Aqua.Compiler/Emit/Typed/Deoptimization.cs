using System.Text;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit.Typed;

/// <summary>
/// Leaving a type-specialised version mid-function: when a value stops fitting its kind (an int
/// overflows 64 bits, a callee returns another kind, a range has big bounds), the frame is boxed
/// and handed to the function's resume version, which finishes the call from that very instruction
/// over Values. The function's flag is set so later calls go straight to the general code.
/// </summary>
public sealed class Deoptimization : ILeave
{
    private readonly CodeAnalysis _analysis;
    private readonly ProgramSymbols _symbols;
    private readonly FunctionTyping _typing;
    private readonly string _resumeMethod;
    private readonly string _exitMethod;
    private readonly string _flag;
    private readonly int _frameSize;
    private readonly IReadOnlyList<int> _cursors;
    private readonly SortedSet<int> _resumePoints = new();

    /// <param name="function">The function's index, or -1 for the main code.</param>
    public Deoptimization(ProgramSymbols symbols, int function, CodeAnalysis analysis, FunctionTyping typing, IReadOnlyList<int> cursors)
    {
        _analysis = analysis;
        _symbols = symbols;
        _typing = typing;
        _isMain = function < 0;
        _resumeMethod = _isMain ? MainResumeMethod : ResumeMethodName(symbols, function);
        _exitMethod = _isMain ? MainExitMethod : ExitMethodName(symbols, function);
        _flag = _isMain ? "" : Identifiers.DeoptimizedFlag(function);
        _frameSize = _isMain ? 0 : symbols.Module.Functions[function].FrameSize;
        _cursors = cursors;
        if (!_isMain) UnusedLocals = FindUnusedLocals(symbols.Module.Functions[function]);
    }

    /// <summary>
    /// Frame slots past the parameters that no instruction reads or writes (the original compiler
    /// sizes frames generously): the specialised version does not declare them and its exits pass
    /// an empty Value, so they cost the method neither a stack slot nor its zeroing. None in main.
    /// </summary>
    public IReadOnlySet<int> UnusedLocals { get; } = new HashSet<int>();

    internal static HashSet<int> FindUnusedLocals(FunctionDef f)
    {
        var unused = Enumerable.Range(f.Arity, Math.Max(0, f.FrameSize - f.Arity)).ToHashSet();
        foreach (var ins in f.Code.Instructions)
            if (ins.Op is Opcode.LoadLocal or Opcode.StoreLocal or Opcode.LoadVar or Opcode.StoreVar)
                unused.Remove(ins.Arg);
        return unused;
    }

    private readonly bool _isMain;

    /// <summary>Has the specialised version counted its call (Host.Enter)?</summary>
    public bool Counted { get; init; } = true;

    public const string MainResumeMethod = "RunMain_R";

    public static string ResumeMethodName(ProgramSymbols symbols, int function) => symbols.MethodName(function) + "_R";

    public static string SpecialisedMethodName(ProgramSymbols symbols, int function) => symbols.MethodName(function) + "_T";

    /// <summary>Instructions some exit resumes at (they get labels in the resume version).</summary>
    public IReadOnlySet<int> ResumePoints => _resumePoints;

    public static string ExitMethodName(ProgramSymbols symbols, int function) => symbols.MethodName(function) + "_X";

    public const string MainExitMethod = "RunMain_X";

    /// <summary>The label of the one block per method that calls the exit method.</summary>
    public const string ExitLabel = "Exit";

    /// <summary>The variable holding the instruction the exit block resumes at.</summary>
    public const string ExitAt = "exitAt";

    /// <summary>
    /// The block that leaves for the resume version at instruction <paramref name="at"/>, from code
    /// placed at instruction <paramref name="from"/>: the stack <paramref name="at"/> expects is read
    /// from its slots' variables by their kinds before <paramref name="from"/>, except
    /// <paramref name="overrideDepth"/>, which is <paramref name="overrideValue"/> (say a call's
    /// result that did not have the expected kind).
    /// </summary>
    /// <remarks>
    /// The block only boxes the stack into its Value slots and jumps to the method's one exit block
    /// (<see cref="ExitBlock"/>). A call per exit, passing the whole frame, would give the JIT dozens
    /// of argument copies per exit; in a big function it then runs out of locals for inlining the hot
    /// code around them.
    /// </remarks>
    public string Leave(int at, int from, int overrideDepth = -1, string? overrideValue = null)
    {
        _resumePoints.Add(at);
        int depth = _analysis.Stack.DepthBefore(at);
        var block = new StringBuilder("{ ");
        if (!_isMain) block.Append("pc = -1; "); // the resume version records this frame for a traceback, not this method's filter
        block.Append($"{ExitAt} = {at}; ");
        AppendDeadLocals(block, at);
        var stack = _analysis.Stack.Before(at)!.Value;
        for (int d = 0; d < _analysis.Stack.MaxDepth; d++)
        {
            string slot = Identifiers.StackSlot(d);
            if (d == overrideDepth)
            {
                if (overrideValue != slot) block.Append($"{slot} = {overrideValue}; ");
                continue;
            }
            // Every slot the exit block passes on is written here, so that no Value slot is live
            // across the whole method just because some exit passes it: a slot above the stack is
            // empty, and an immutable constant (a callee's name) is loaded again.
            if (d >= depth)
            {
                block.Append($"{slot} = default; ");
                continue;
            }
            var kind = Kind(from, d);
            if (kind.IsTyped()) block.Append($"{slot} = {Representation.BoxCold(Representation.Slot(d, kind), kind)}; ");
            else if (Reloadable(stack[d]) is { } constant) block.Append($"{slot} = {constant}; ");
        }
        return block.Append($"goto {ExitLabel}; }}").ToString();
    }

    /// <summary>
    /// Empties the locals that the resume version does not read from <paramref name="at"/> on (dead
    /// there, <see cref="Liveness"/>) and that the innermost loop around it does not carry from one
    /// iteration to the next. The exit block passes the whole frame, so every local is otherwise
    /// live from its first write to every exit after it: the JIT then keeps a loop's temporaries
    /// (nbody's dx, dy, dz, each a double and an int flag) where each of the dozens of exits can
    /// read them, and has fewer registers for the loop itself (nbody 77 → 73 ms). A variable the
    /// loop carries (live at its header, like spectral_norm's sum, dead only where its value is on
    /// the stack) is live across the whole loop anyway: emptying it gains nothing and gives it one
    /// more definition, which cost spectral_norm 36 → 41 ms. (Emptying a range loop's cursor, or the
    /// stack slot that stands for its iterator, where the general code does not read them, gained
    /// nbody nothing and cost spectral_norm 2 ms: they are passed as they are. Not in the main
    /// code, whose exit writes its typed globals back to their fields.)
    /// </summary>
    private void AppendDeadLocals(StringBuilder block, int at)
    {
        if (_isMain || _typing.Liveness.Conservative) return;
        var live = _typing.Liveness.Before(at);
        var carried = InnermostLoopHeader(at) is { } header ? _typing.Liveness.Before(_analysis.Graph.Blocks[header].Start) : null;
        for (int slot = 0; slot < _frameSize; slot++)
            if (!live[slot] && carried?[slot] != true && !UnusedLocals.Contains(slot))
                block.Append($"{Identifiers.Local(slot)} = default; ");
    }

    /// <summary>The header block of the smallest natural loop that holds instruction <paramref name="at"/>, if any.</summary>
    private int? InnermostLoopHeader(int at)
    {
        int block = _analysis.Graph.BlockOf(at);
        int? header = null;
        foreach (var (h, blocks) in _analysis.Loops.Loops)
            if (blocks.Contains(block) && (header is null || blocks.Count < _analysis.Loops.Loops[header.Value].Count))
                header = h;
        return header;
    }

    /// <summary>
    /// The expression that loads again the constant a stack slot is known to hold, if loading it
    /// twice cannot be told apart from loading it once (not a list or dict, which is built anew).
    /// </summary>
    private string? Reloadable(StackSlot slot) =>
        slot.ConstantIn(_symbols.Module) is { } c && c is not (ListConstant or DictConstant)
            ? ConstantEmitter.Load(_symbols.Module, slot.ConstantIndex)
            : null;

    /// <summary>The method's exit block, placed where every <see cref="Leave"/> block can jump to it.</summary>
    public string ExitBlock()
    {
        var args = new List<string> { ExitAt };
        args.AddRange(TypedFrame().Select(v => UnusedLocals.Contains(v.Slot) ? "default" : v.Name));
        args.AddRange(Enumerable.Range(0, _analysis.Stack.MaxDepth).Select(Identifiers.StackSlot));
        args.AddRange(_cursors.Select(Identifiers.RangeCursor));
        string call = $"{_exitMethod}({string.Join(", ", args)})";
        return _isMain ? $"{ExitLabel}: {call}; return;" : $"{ExitLabel}: return {call};";
    }

    /// <summary>
    /// The exit method every <see cref="Leave"/> block calls (cold, never inlined): it boxes the typed
    /// frame, sets the function's flag so that later calls go to the general code, and finishes the
    /// call in the resume version. The main code's exit writes its typed globals back to their
    /// fields, where general code reads them.
    /// </summary>
    public void EmitExitMethod(CodeWriter w)
    {
        var parameters = TypedFrame().Select(v => $"{Representation.TypeName(v.Kind)} {v.Name}")
            .Concat(StackAndCursorParameters(_analysis, _cursors)).Prepend("int at");
        var stackAndCursors = Enumerable.Range(0, _analysis.Stack.MaxDepth).Select(Identifiers.StackSlot)
            .Concat(_cursors.Select(Identifiers.RangeCursor));

        w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        if (_isMain)
        {
            w.Open($"private static void {_exitMethod}({string.Join(", ", parameters)})");
            foreach (var (slot, name, kind) in TypedFrame())
                w.Line($"{Identifiers.Global(slot)} = {Representation.Box(name, kind)};");
            w.Line($"{_resumeMethod}({string.Join(", ", stackAndCursors.Prepend("at"))});");
            w.Close();
            return;
        }
        w.Open($"private static Value {_exitMethod}({string.Join(", ", parameters)})");
        w.Line($"{_flag} = true;");
        // An uncounted version counts its call now: the resume version's returns uncount it.
        if (!Counted) w.Line("Host.Enter();");
        var frame = TypedFrame().Select(v => Representation.Box(v.Name, v.Kind));
        w.Line($"return {_resumeMethod}({string.Join(", ", frame.Concat(stackAndCursors).Prepend("at"))});");
        w.Close();
    }

    /// <summary>The stack slots (as Values) and range cursors that exit and resume methods take after the frame.</summary>
    public static IEnumerable<string> StackAndCursorParameters(CodeAnalysis analysis, IEnumerable<int> cursors) =>
        Enumerable.Range(0, analysis.Stack.MaxDepth).Select(d => "Value " + Identifiers.StackSlot(d))
            .Concat(cursors.Select(c => "RangeCursor " + Identifiers.RangeCursor(c)));

    /// <summary>
    /// The frame's variables as the specialised code holds them: a function's locals, or the main
    /// code's typed globals (its other globals live in their fields all along).
    /// </summary>
    private IEnumerable<(int Slot, string Name, ValueKind Kind)> TypedFrame()
    {
        if (!_isMain)
        {
            for (int slot = 0; slot < _frameSize; slot++)
                yield return (slot, Identifiers.Local(slot), _typing.Locals[slot].Normalize());
            yield break;
        }
        for (int slot = 0; slot < _typing.Locals.Length; slot++)
        {
            var k = _typing.Locals[slot].Normalize();
            if (k.IsTyped()) yield return (slot, Identifiers.GlobalShadow(slot), k);
        }
    }

    private ValueKind Kind(int at, int depth) => _typing.Slot(at, depth).Normalize();
}

using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Runs a compiled program (ACODE.md 3.1, 6.9): on a thread with a big stack so that 100,000-deep
/// AquaScript recursion works, with buffered stdout, the error report on stderr and the exit
/// code (0 normal end or HALT, 1 runtime error, 3 internal error).
/// </summary>
public static class Host
{
    /// <summary>
    /// The program thread's stack. Only touched pages are committed, so the reservation is cheap;
    /// 1 GiB holds <see cref="MaxDepth"/> AquaScript calls with frames up to ~5 KB, and the depth
    /// limit (not the stack) stops a runaway recursion, so it is reported quickly.
    /// </summary>
    public static int StackSize { get; set; } = 1 << 30;

    /// <summary>Exit codes.</summary>
    public const int ExitOk = 0, ExitRuntimeError = 1, ExitInternalError = 3;

    /// <summary>Runs the program with the console's stdout/stderr (UTF-8, no BOM, "\n").</summary>
    public static int Run(Action main)
    {
        TextWriter stdout = Output.CreateConsoleWriter(StandardStream.Open(1));
        TextWriter stderr = Output.CreateConsoleWriter(StandardStream.Open(2));
        return Run(main, stdout, stderr);
    }

    /// <summary>Runs the program on a new big-stack thread and waits for it; returns the exit code.</summary>
    public static int Run(Action main, TextWriter stdout, TextWriter stderr)
    {
        // The run-time state this program owns starts empty. The function table is not reset:
        // generated code may register it before calling Run.
        Classes.Reset();
        Imports.Reset();
        Depth = 0;
        Output.Writer = stdout;

        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                main();
            }
            catch (HaltException)
            {
                // HALT inside a function: a normal end (ACODE.md 2.4).
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, StackSize);
        thread.Start();
        thread.Join();

        // Stdout first, so the output printed before an error precedes the report (6.9). Output
        // that cannot be written (a full disk, a closed stdout) is a runtime error of its own.
        try
        {
            stdout.Flush();
        }
        catch (IOException e)
        {
            failure ??= e;
        }
        switch (failure)
        {
            case null:
                return ExitOk;
            case AquaError error:
                Report(stderr, ErrorReport(error));
                return ExitRuntimeError;
            case IOException output:
                Report(stderr, $"Runtime error: {output.Message}\n");
                return ExitRuntimeError;
            default:
                Report(stderr, $"Internal error: {failure.GetType().FullName}: {failure.Message}\n");
                return ExitInternalError;
        }
    }

    /// <summary>Writes a report to stderr; if stderr cannot be written either, the exit code alone tells.</summary>
    private static void Report(TextWriter stderr, string text)
    {
        try
        {
            stderr.Write(text);
            stderr.Flush();
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// "Runtime error: &lt;message&gt;" and one line per frame, innermost first (ACODE.md 6.9).
    /// A run of identical frame lines (runaway recursion) is shortened as CPython's traceback does.
    /// </summary>
    public static string ErrorReport(AquaError error)
    {
        var report = new System.Text.StringBuilder();
        report.Append("Runtime error: ").Append(error.Message).Append('\n');
        IReadOnlyList<string> frames = error.Frames;
        int i = 0;
        while (i < frames.Count)
        {
            int run = 1;
            while (i + run < frames.Count && frames[i + run] == frames[i]) run++;
            int shown = Math.Min(run, 3);
            for (int k = 0; k < shown; k++) report.Append(frames[i]).Append('\n');
            if (run > shown) report.Append($"  [Previous line repeated {run - shown} more times]\n");
            i += run;
        }
        if (error.OmittedFrames > 0) report.Append($"  [{error.OmittedFrames} more frames not shown]\n");
        return report.ToString();
    }

    /// <summary>HALT: ends the whole program normally, even inside a function.</summary>
    public static void Halt() => throw new HaltException();

    /// <summary>
    /// AquaScript calls active now. Generated code counts them (<see cref="Enter"/>, <see cref="Leave"/>)
    /// and a catch handler restores the count its function had, so the limit is exact and a
    /// runaway recursion is stopped long before it fills the stack (unwinding a million frames
    /// takes seconds).
    /// </summary>
    public static int Depth;

    /// <summary>Deepest recursion allowed: twice the 100,000 calls the contract asks for (6.9).</summary>
    public const int MaxDepth = 200_000;

    /// <summary>At every AquaScript function entry: count the call; every 8 levels also probe the stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        if ((++Depth & 7) == 0) CheckDepth();
    }

    /// <summary>On return from an AquaScript function: uncount the call and pass the result through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Leave(Value result)
    {
        Depth--;
        return result;
    }

    /// <summary>
    /// Entry of a type-specialised function, which gets its depth from its caller as an argument:
    /// the counter is only written, never read and written back, so a deep recursion of typed calls
    /// is not one long chain of dependent loads and stores through <see cref="Depth"/> (that chain
    /// cost fib about a quarter of its time). <see cref="Depth"/> still holds the depth of the running
    /// frame whenever general code runs or an error unwinds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(int depth)
    {
        Depth = depth;
        if ((depth & 7) == 0) CheckDepth();
    }

    /// <summary>Return from a type-specialised function of depth <paramref name="depth"/>: the caller's depth is current again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Leave(Value result, int depth)
    {
        Depth = depth - 1;
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckDepth()
    {
        if (!DepthOk(Depth)) ThrowRecursion();
    }

    /// <summary>
    /// May a call at <paramref name="depth"/> go on? Not past <see cref="MaxDepth"/>, nor with the stack
    /// running low: the probe guards functions whose frames are so large that the stack ends first.
    /// Pure versions, which count no depth, ask every 16 levels and fail instead of raising (<see cref="Pure"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool DepthOk(int depth) => depth <= MaxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRecursion() =>
        throw new AquaError(ErrorType.RecursionError, "maximum recursion depth exceeded");

    /// <summary>Unwinds the program for HALT; not an AquaError, so no AquaScript catch sees it.</summary>
    private sealed class HaltException : Exception
    {
    }
}

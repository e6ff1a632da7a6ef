namespace Aqua.Runtime;

/// <summary>
/// A runtime error or a thrown AquaScript value. Generated code adds one frame per active
/// AquaScript function as the exception passes (innermost first) for the report of ACODE.md 6.9.
/// </summary>
public sealed class AquaError : Exception
{
    private readonly List<string> _frames = new();

    /// <summary>A runtime error with CPython's exception type and the message printed after "Runtime error: ".</summary>
    public AquaError(ErrorType type, string message) : base(message)
    {
        Type = type;
        Payload = Value.Str(message);
    }

    /// <summary>A value thrown with `throw`: its message is str(value).</summary>
    public AquaError(Value thrown) : base(Text.Str(thrown))
    {
        Type = ErrorType.Exception;
        Payload = thrown;
    }

    public ErrorType Type { get; }

    /// <summary>What `catch e` binds: the thrown value, or the message string of a runtime error.</summary>
    public Value Payload { get; }

    public IReadOnlyList<string> Frames => _frames;

    /// <summary>Frames past this many are counted, not kept: a runaway recursion would otherwise
    /// build a million strings before its report.</summary>
    public const int MaxFrames = 1000;

    /// <summary>Frames that were not kept because of <see cref="MaxFrames"/>.</summary>
    public int OmittedFrames { get; private set; }

    /// <summary>Records a frame; always false so it can run as an exception filter without catching.</summary>
    public bool AddFrame(string function, int instruction)
    {
        if (_frames.Count < MaxFrames) _frames.Add($"  at {function}, instruction {instruction}");
        else OmittedFrames++;
        return false;
    }

    /// <summary>Does `catch T as e` with this type name catch this error?</summary>
    public bool Matches(string typeName) =>
        typeName == "Exception" || (Type != ErrorType.Exception && typeName == Type.ToString());

    public static AquaError TypeError(string message) => new(ErrorType.TypeError, message);
    public static AquaError ZeroDivision(string message) => new(ErrorType.ZeroDivisionError, message);
    public static AquaError IndexError(string message) => new(ErrorType.IndexError, message);
    public static AquaError KeyError(string message) => new(ErrorType.KeyError, message);
    public static AquaError ValueError(string message) => new(ErrorType.ValueError, message);
    public static AquaError AttributeError(string message) => new(ErrorType.AttributeError, message);
    public static AquaError NameError(string message) => new(ErrorType.NameError, message);
    public static AquaError Overflow(string message) => new(ErrorType.OverflowError, message);
}

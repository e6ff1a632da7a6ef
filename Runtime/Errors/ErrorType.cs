namespace Aqua.Runtime;

/// <summary>The CPython exception type a runtime error carries, so `catch T as e` can match it (ACODE.md 6.7).</summary>
public enum ErrorType
{
    /// <summary>A value thrown by the program with `throw`.</summary>
    Exception,
    TypeError,
    ZeroDivisionError,
    IndexError,
    KeyError,
    ValueError,
    AttributeError,
    NameError,
    RecursionError,
    OverflowError,
}

namespace Aqua.Runtime;

/// <summary>str % args: CPython's printf-style formatting (ACODE.md 2.7: % on a str is Python's).</summary>
internal static class PercentFormat
{
    public static string Format(string format, Value args) =>
        throw AquaError.TypeError("not all arguments converted during string formatting");
}

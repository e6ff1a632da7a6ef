using System.Globalization;
using System.Numerics;
using System.Text;

namespace Aqua.Compiler.Emit;

/// <summary>
/// C# literals for values taken from the .acode file. Everything outside printable ASCII is
/// written as a \u escape, so no string from the file can end a literal or a comment early.
/// </summary>
public static class CSharpLiteral
{
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c >= 0x20 && c < 0x7F) sb.Append(c);
                    else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    public static string Long(long value) => value == long.MinValue
        ? "long.MinValue"
        : value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>A double literal that round-trips exactly, including the special values.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        if (value == 0 && double.IsNegative(value)) return "-0.0d";
        return value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    /// <summary>A BigInteger as a parse of its decimal digits (digits only: safe in a literal).</summary>
    public static string BigInteger(BigInteger value) =>
        $"System.Numerics.BigInteger.Parse(\"{value.ToString(CultureInfo.InvariantCulture)}\", System.Globalization.CultureInfo.InvariantCulture)";

    /// <summary>Text safe inside a // comment: printable ASCII only, everything else as '?'.</summary>
    public static string CommentText(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value) sb.Append(c >= 0x20 && c < 0x7F ? c : '?');
        return sb.ToString();
    }
}

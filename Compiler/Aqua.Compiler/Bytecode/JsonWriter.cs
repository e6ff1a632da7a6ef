using System.Globalization;
using System.Text;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// Writes a <see cref="Constant"/> tree exactly as Python <c>json.dumps</c> does with default
/// settings (ACODE.md 1.2): <c>", "</c> and <c>": "</c> separators, ASCII-only output with
/// <c>\uXXXX</c> escapes, floats as Python repr, non-finite floats as <c>Infinity</c>/<c>NaN</c>.
/// </summary>
public static class JsonWriter
{
    public static string Write(Constant value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    public static void Write(StringBuilder sb, Constant value)
    {
        switch (value)
        {
            case IntConstant i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case BigIntConstant b: sb.Append(b.Value.ToString(CultureInfo.InvariantCulture)); break;
            case FloatConstant f: sb.Append(Float(f.Value)); break;
            case StringConstant s: WriteString(sb, s.Value); break;
            case BoolConstant b: sb.Append(b.Value ? "true" : "false"); break;
            case NullConstant: sb.Append("null"); break;
            case ListConstant l:
                sb.Append('[');
                for (int k = 0; k < l.Items.Length; k++)
                {
                    if (k > 0) sb.Append(", ");
                    Write(sb, l.Items[k]);
                }
                sb.Append(']');
                break;
            case DictConstant d:
                sb.Append('{');
                for (int k = 0; k < d.Entries.Length; k++)
                {
                    if (k > 0) sb.Append(", ");
                    WriteString(sb, d.Entries[k].Key);
                    sb.Append(": ");
                    Write(sb, d.Entries[k].Value);
                }
                sb.Append('}');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "unknown constant kind");
        }
    }

    /// <summary>json.dumps float form: repr for finite values, Python's non-standard names otherwise.</summary>
    public static string Float(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : PythonRepr.Float(value);

    /// <summary>ensure_ascii string form: short escapes where JSON has them, \uXXXX (lower-case hex) for the rest.</summary>
    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // UTF-16 code units: a non-BMP character comes out as its surrogate pair.
                    if (c < 0x20 || c >= 0x7F) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}

using System.Text;

namespace Aqua.Compiler.Emit;

/// <summary>
/// C# identifiers for things named in the .acode file. A name from the file only ever contributes
/// ASCII letters and digits to an identifier, behind a prefix and an index that make it unique,
/// so no name can collide with a keyword, another identifier, or change the program's structure.
/// </summary>
public static class Identifiers
{
    private const int MaxNameLength = 32;

    /// <summary>The method for function <paramref name="index"/> of the function table.</summary>
    public static string Function(int index, string name) => $"F{index}_{Sanitize(name)}";

    public static string Global(int slot) => $"G{slot}";

    public static string Constant(int index) => $"K{index}";

    public static string Local(int slot) => $"l{slot}";

    public static string StackSlot(int depth) => $"s{depth}";

    /// <summary>The typed local that holds global <paramref name="slot"/> in the main code's specialised version.</summary>
    public static string GlobalShadow(int slot) => $"v{slot}";

    public static string BlockLabel(int block) => $"B{block}";

    /// <summary>The label where a function's resume version continues at instruction <paramref name="index"/>.</summary>
    public static string ResumeLabel(int index) => $"R{index}";

    /// <summary>A stack slot's unboxed variable in a type-specialised version: <c>s{depth}i</c>, <c>s{depth}f</c>, <c>s{depth}b</c>.</summary>
    public static string TypedStackSlot(int depth, char suffix) => $"s{depth}{suffix}";

    /// <summary>The flag that turns a function's type-specialised version off once it has had to leave it.</summary>
    public static string DeoptimizedFlag(int index) => $"D{index}";

    /// <summary>The RangeCursor local of the range loop whose GET_ITER is at <paramref name="getIter"/>.</summary>
    public static string RangeCursor(int getIter) => $"c{getIter}";

    /// <summary>ASCII letters, digits and '_' from the name; anything else becomes '_'.</summary>
    public static string Sanitize(string name)
    {
        var sb = new StringBuilder(Math.Min(name.Length, MaxNameLength));
        foreach (char c in name)
        {
            if (sb.Length == MaxNameLength) break;
            sb.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '_');
        }
        return sb.ToString();
    }
}

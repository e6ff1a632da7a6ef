using System.Text;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compiler.Emit;

/// <summary>
/// How LOAD_CONST materialises a constant. Scalars are inline (the JIT folds them); strings and
/// big ints are static readonly fields built once; list and dict constants are rebuilt at each
/// load so the program can never mutate a shared constant.
/// </summary>
public static class ConstantEmitter
{
    /// <summary>Does the constant live in a static field (<see cref="Identifiers.Constant"/>)?</summary>
    public static bool NeedsField(Constant c) => c is StringConstant or BigIntConstant;

    /// <summary>The expression that creates the value (used for fields and inline loads).</summary>
    public static string Create(Constant c) => c switch
    {
        NullConstant => "Value.None",
        BoolConstant b => b.Value ? "Value.True" : "Value.False",
        IntConstant i => $"Value.Int({CSharpLiteral.Long(i.Value)})",
        BigIntConstant b => $"Value.Int({CSharpLiteral.BigInteger(b.Value)})",
        FloatConstant f => $"Value.Float({CSharpLiteral.Double(f.Value)})",
        StringConstant s => $"Value.Str({CSharpLiteral.String(s.Value)})",
        ListConstant l => $"Value.Object(new AquaList(new Value[] {{ {string.Join(", ", l.Items.Select(Create))} }}))",
        DictConstant d => DictExpression(d),
        _ => throw new InvalidOperationException($"unknown constant {c}"),
    };

    /// <summary>The expression a LOAD_CONST of constant <paramref name="index"/> compiles to.</summary>
    public static string Load(AcodeModule module, int index)
    {
        var c = module.Constants[index];
        return NeedsField(c) ? Identifiers.Constant(index) : Create(c);
    }

    private static string DictExpression(DictConstant d)
    {
        // Items.BuildDict inserts from the last pair down (BUILD_DICT order), so pass pairs reversed
        // to keep the JSON object's own order.
        var sb = new StringBuilder("Items.BuildDict(new Value[] { ");
        bool first = true;
        for (int i = d.Entries.Length - 1; i >= 0; i--)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append($"Value.Str({CSharpLiteral.String(d.Entries[i].Key)}), {Create(d.Entries[i].Value)}");
        }
        sb.Append(" })");
        return sb.ToString();
    }
}

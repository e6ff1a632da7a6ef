using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Differential;

/// <summary>The differential test's own compiler: what it emits and what it refuses.</summary>
public sealed class ExpressionCompilerTests
{
    /// <summary>The emitted code as "OP operand" lines, constants shown by value.</summary>
    private static string Listing(string source)
    {
        var module = new AcodeBuilder().Build("t.acode", main => ExpressionCompiler.Emit(main, source));
        return string.Join("; ", module.Main.Instructions.Select(i => i.Op switch
        {
            Opcode.LoadConst => $"CONST {Show(module.Constants[i.Arg])}",
            Opcode.CallMethod => $"CALL_METHOD {Show(module.Constants[i.MethodNameIndex])}/{i.MethodArgCount}",
            _ => i.Operand is { } n ? $"{i.Op} {n}" : i.Op.ToString(),
        }));
    }

    private static string Show(Constant c) => c switch
    {
        IntConstant i => i.Value.ToString(),
        BigIntConstant b => b.Value.ToString(),
        FloatConstant f => f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "f",
        StringConstant s => $"'{s.Value}'",
        BoolConstant b => b.Value ? "True" : "False",
        _ => "None",
    };

    [Theory]
    // Python precedence: ** binds tighter than unary minus on its right, and is right-associative.
    [InlineData("2 ** -1", "CONST 2; CONST -1; Pow")]
    [InlineData("2 ** 3 ** 2", "CONST 2; CONST 3; CONST 2; Pow; Pow")]
    [InlineData("1 + 2 * 3", "CONST 1; CONST 2; CONST 3; Mul; Add")]
    // `not` binds looser than comparisons, `and` tighter than `or`.
    [InlineData("not 1 == 2", "CONST 1; CONST 2; Eq; Not")]
    [InlineData("0 or 1 and 2", "CONST 0; CONST 1; CONST 2; And; Or")]
    [InlineData("-9223372036854775808", "CONST -9223372036854775808")]
    [InlineData("-1.5", "CONST -1.5f")]
    [InlineData("len('a')", "CONST 'len'; CONST 'a'; Call 1")]
    [InlineData("'a'.split(',')", "CONST 'a'; CONST ','; CALL_METHOD 'split'/1")]
    [InlineData("(1,)", "CONST 1; BuildTuple 1")]
    [InlineData("()", "BuildTuple 0")]
    [InlineData("(1)", "CONST 1")]
    [InlineData("[1, 2][0]", "CONST 1; CONST 2; BuildList 2; CONST 0; GetItem")]
    // Pairs in reverse source order, so BUILD_DICT (last pair first) inserts in Python's order.
    [InlineData("{1: 'a', 2: 'b'}", "CONST 2; CONST 'b'; CONST 1; CONST 'a'; BuildDict 2")]
    public void Emits_the_original_compilers_shapes_with_Pythons_meaning(string source, string expected) =>
        Assert.Equal(expected, Listing(source));

    [Theory]
    [InlineData("-(1 + 2)")]       // -x is 0 - x in AquaScript
    [InlineData("-2 ** 2")]        // Python: -(2 ** 2)
    [InlineData("-0.0")]           // merges with 0.0 in the constant pool
    [InlineData("-True")]
    [InlineData("+1")]
    [InlineData("1 < 2 < 3")]
    [InlineData("1 not in [1]")]
    [InlineData("1 is 1")]
    [InlineData("7 // 2")]
    [InlineData("[1, 2][0:1]")]
    [InlineData("list(1)")]
    [InlineData("x")]
    [InlineData("print")]
    [InlineData("'a'.upper")]
    [InlineData("{1}")]
    [InlineData("[x for x in 1]")]
    [InlineData("'a' 'b'")]
    [InlineData("'\\q'")]
    [InlineData("'\\ud800'")]
    [InlineData("0x10")]
    [InlineData("1 +")]
    public void Rejects_what_it_cannot_emit_with_Pythons_meaning(string source) =>
        Assert.Throws<ExpressionSyntaxException>(() => ExpressionCompiler.Parse(source));
}

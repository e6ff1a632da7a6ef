using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Emit;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Emit;

/// <summary>No name or string in the .acode can change the structure of the generated C#.</summary>
public sealed class GeneratedCodeSafetyTests
{
    public static readonly string[] HostileTexts =
    [
        "\"); System.Environment.Exit(7); //",
        "*/ } } class X { /*",
        "line\nbreak\r\n\u2028\u2029",
        "back\\slash \\u0022 \"quote\"",
        "nul\0 bell\a del\u007f",
        "emoji 😀 and lone \ud800 surrogate",
        "#pragma warning restore",
        "class",
        "",
    ];

    public static TheoryData<string> Texts() => new(HostileTexts);

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_hostile_string_constant_is_printed_verbatim(string text)
    {
        var m = Programs.Module(c => c.Const("x").Store(text).Load(text).Pop().Const("len").Const(text).Call(1).Pop()
            .Const("str").Const(text).Call(1).Store("s").Halt());
        var r = Programs.Run(m);
        Assert.Equal(0, r.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_hostile_function_name_is_mangled_and_still_callable_by_name(string name)
    {
        var m = Programs.Module(
            c => c.Print(p => p.Const(name).Const(21).Call(1)).Halt(),
            b => b.Function(name, ["x"], f => f.Load("x").Const(2).Op(Opcode.Mul).Return()));
        var r = Programs.Run(m);
        Assert.Equal("", r.Stderr);
        Assert.Equal("42\n", r.Stdout);
    }

    [Fact]
    public void String_literals_escape_everything_outside_printable_ascii()
    {
        Assert.Equal("\"a\\\"b\\\\c\\u000a\\u00e9\\ud83d\\ude00\"", CSharpLiteral.String("a\"b\\c\né😀"));
    }

    [Fact]
    public void Identifiers_keep_only_ascii_letters_and_digits()
    {
        Assert.Equal("F3_a_b_c_", Identifiers.Function(3, "a.b c\n"));
        Assert.Equal("F0__", Identifiers.Function(0, "变"));
    }

    [Fact]
    public void Printed_text_round_trips_through_the_generated_code()
    {
        var m = Programs.Module(c => c.Print(p => p.Const("é 😀 \"q\" \\ \t|")).Halt());
        Assert.Equal("é 😀 \"q\" \\ \t|\n", Programs.Run(m).Stdout);
    }
}

using Aqua.Compiler.Analysis.Typing;
using Aqua.Compiler.Bytecode;
using Xunit;

namespace Aqua.Tests.Analysis;

/// <summary>The kind lattice and the operator rules the typing and the typed emitter share.</summary>
public sealed class KindRulesTests
{
    [Theory]
    [InlineData(ValueKind.Int, ValueKind.Float, ValueKind.Num)]
    [InlineData(ValueKind.Num, ValueKind.Int, ValueKind.Num)]
    [InlineData(ValueKind.Float, ValueKind.Num, ValueKind.Num)]
    [InlineData(ValueKind.Bottom, ValueKind.Float, ValueKind.Float)]
    [InlineData(ValueKind.Int, ValueKind.Int, ValueKind.Int)]
    [InlineData(ValueKind.Int, ValueKind.Bool, ValueKind.Any)]
    [InlineData(ValueKind.Num, ValueKind.Bool, ValueKind.Any)]
    [InlineData(ValueKind.Num, ValueKind.Any, ValueKind.Any)]
    public void Join_makes_ints_and_floats_a_Num_and_anything_else_Any(ValueKind a, ValueKind b, ValueKind expected)
    {
        Assert.Equal(expected, a.Join(b));
        Assert.Equal(expected, b.Join(a));
    }

    [Theory]
    [InlineData(Opcode.Add, ValueKind.Num, ValueKind.Int, ValueKind.Num)]
    [InlineData(Opcode.Mul, ValueKind.Num, ValueKind.Num, ValueKind.Num)]
    [InlineData(Opcode.Sub, ValueKind.Num, ValueKind.Float, ValueKind.Float)]
    [InlineData(Opcode.Div, ValueKind.Int, ValueKind.Num, ValueKind.Float)]
    [InlineData(Opcode.Mod, ValueKind.Num, ValueKind.Int, ValueKind.Any)] // int % int or float % int: not known
    [InlineData(Opcode.Mod, ValueKind.Num, ValueKind.Float, ValueKind.Float)]
    [InlineData(Opcode.Pow, ValueKind.Num, ValueKind.Int, ValueKind.Any)] // 2 ** -1 is a float
    [InlineData(Opcode.Pow, ValueKind.Num, ValueKind.Float, ValueKind.Float)]
    [InlineData(Opcode.Add, ValueKind.Num, ValueKind.Any, ValueKind.Any)]
    [InlineData(Opcode.Lt, ValueKind.Num, ValueKind.Any, ValueKind.Bool)]
    public void Arithmetic_with_a_Num_is_a_Num_until_a_float_makes_it_a_float(Opcode op, ValueKind a, ValueKind b, ValueKind expected) =>
        Assert.Equal(expected, KindRules.Binary(op, a, b));

    [Theory]
    [InlineData(ValueKind.List, ValueKind.List, ValueKind.List)]
    [InlineData(ValueKind.List, ValueKind.Int, ValueKind.Any)]
    [InlineData(ValueKind.List, ValueKind.Dict, ValueKind.Any)]
    [InlineData(ValueKind.Dict, ValueKind.Dict, ValueKind.Dict)]
    [InlineData(ValueKind.Bottom, ValueKind.List, ValueKind.List)]
    public void Lists_and_dicts_join_only_with_their_own_kind(ValueKind a, ValueKind b, ValueKind expected)
    {
        Assert.Equal(expected, a.Join(b));
        Assert.Equal(expected, b.Join(a));
    }

    [Theory]
    [InlineData(Opcode.Mul, ValueKind.List, ValueKind.Int, ValueKind.List)]
    [InlineData(Opcode.Mul, ValueKind.Int, ValueKind.List, ValueKind.List)]
    [InlineData(Opcode.Mul, ValueKind.List, ValueKind.Bool, ValueKind.Any)] // a list times a bool is a list, but not typed so
    [InlineData(Opcode.Mul, ValueKind.List, ValueKind.Float, ValueKind.Float)] // an error: float arithmetic or its error
    [InlineData(Opcode.Add, ValueKind.List, ValueKind.List, ValueKind.Any)]
    [InlineData(Opcode.And, ValueKind.List, ValueKind.List, ValueKind.List)]
    [InlineData(Opcode.Eq, ValueKind.List, ValueKind.Int, ValueKind.Bool)]
    public void Only_a_list_times_an_int_is_known_to_be_a_list(Opcode op, ValueKind a, ValueKind b, ValueKind expected) =>
        Assert.Equal(expected, KindRules.Binary(op, a, b));

    [Theory]
    [InlineData(Opcode.Sub, ValueKind.Any, true)]
    [InlineData(Opcode.Div, ValueKind.Any, true)]
    [InlineData(Opcode.Add, ValueKind.Float, true)]
    [InlineData(Opcode.Lt, ValueKind.Int, true)]
    [InlineData(Opcode.Add, ValueKind.Any, false)] // "a" + xs[0] concatenates
    [InlineData(Opcode.Mul, ValueKind.Any, false)] // xs[0] * ys[0] may repeat a string
    public void Item_reads_are_speculated_as_numbers_only_beside_a_number_or_in_number_only_operations(Opcode op, ValueKind other, bool expected) =>
        Assert.Equal(expected, ItemReads.ShouldSpeculate(op, other));
}

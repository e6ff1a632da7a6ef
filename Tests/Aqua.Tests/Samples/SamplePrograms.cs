using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;

namespace Aqua.Tests.Samples;

/// <summary>
/// The programs in Samples/, assembled instruction by instruction as the original AquaScript
/// compiler would write them from the `.aqua` source kept beside each one (aquac has no front
/// end yet). <see cref="SampleTests"/> keeps the committed `.acode` files equal to these.
/// </summary>
public static class SamplePrograms
{
    public static readonly IReadOnlyDictionary<string, Func<string, AcodeModule>> All =
        new Dictionary<string, Func<string, AcodeModule>>
        {
            ["hello"] = Hello,
            ["fizzbuzz"] = FizzBuzz,
            ["fib"] = Fib,
        };

    public static string Folder(string name) => Path.Combine(SharedFolder.RepoRoot, "Samples", name);

    public static string AcodePath(string name) => Path.Combine(Folder(name), name + ".acode");

    /// <summary>Samples/hello/hello.aqua</summary>
    public static AcodeModule Hello(string path) => new AcodeBuilder().Build(path, m => m
        .Print(p => p.Const("Hello from AquaScript!"))
        .Const(2).Const(100).Op(Opcode.Pow).Store("x")
        .Print(p => p.Const("2 ** 100 ="), p => p.Load("x"))
        .Print(p => p.Const("7 / 2 ="), p => p.Const(7).Const(2).Op(Opcode.Div))
        // -7 % 3: unary minus is 0 - 7, and binds tighter than % (ACODE.md 4.2).
        .Print(p => p.Const("-7 % 3 ="), p => p.Const(0).Const(7).Op(Opcode.Sub).Const(3).Op(Opcode.Mod))
        .Const("Ada").Const("Grace").Const("Linus").Op(Opcode.BuildList, 3).Store("names")
        .Print(p => p.Load("names"), p => p.Const("len").Load("names").Call(1))
        .Halt());

    /// <summary>Samples/fizzbuzz/fizzbuzz.aqua</summary>
    public static AcodeModule FizzBuzz(string path) => new AcodeBuilder().Build(path, m => m
        .Const("range").Const(1).Const(16).Call(2).Op(Opcode.GetIter)
        .Label("loop").Jump(Opcode.ForIter, "end").Store("i")
        .Load("i").Const(15).Op(Opcode.Mod).Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "not15")
        .Print(p => p.Const("FizzBuzz")).Jump(Opcode.Jump, "next")
        .Label("not15")
        .Load("i").Const(3).Op(Opcode.Mod).Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "not3")
        .Print(p => p.Const("Fizz")).Jump(Opcode.Jump, "next")
        .Label("not3")
        .Load("i").Const(5).Op(Opcode.Mod).Const(0).Op(Opcode.Eq).Jump(Opcode.JumpIfFalse, "not5")
        .Print(p => p.Const("Buzz")).Jump(Opcode.Jump, "next")
        .Label("not5")
        .Print(p => p.Load("i"))
        .Label("next").Jump(Opcode.Jump, "loop")
        .Label("end")
        .Halt());

    /// <summary>Samples/fib/fib.aqua</summary>
    public static AcodeModule Fib(string path)
    {
        var b = new AcodeBuilder();
        // Inside its own body `fib` is not a global yet, so the call is by constant name (ACODE.md 4.3).
        b.Function("fib", ["n"], f => f
            .Load("n").Const(2).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "recurse")
            .Load("n").Return()
            .Label("recurse")
            .Const("fib").Load("n").Const(1).Op(Opcode.Sub).Call(1)
            .Const("fib").Load("n").Const(2).Op(Opcode.Sub).Call(1)
            .Op(Opcode.Add).Return());
        return b.Build(path, m => m
            .LoadFunc("fib").Store("fib")
            .Const(0).Store("i")
            .Label("loop")
            .Load("i").Const(10).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "done")
            .Print(
                p => p.Const("fib(").Const("str").Load("i").Call(1).Op(Opcode.Add).Const(") =").Op(Opcode.Add),
                p => p.Load("fib").Load("i").Call(1))
            .Load("i").Const(1).Op(Opcode.Add).Store("i")
            .Jump(Opcode.Jump, "loop")
            .Label("done")
            .Print(p => p.Const("fib(25) ="), p => p.Load("fib").Const(25).Call(1))
            .Halt());
    }
}

using System.Diagnostics;
using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>The program host (ACODE.md 3.1, 6.9): exit codes, the error report, buffered output, HALT, deep recursion.</summary>
[Collection("RuntimeStatics")]
public class HostTests
{
    public HostTests() => Functions.Reset();

    private static (int Code, string Out, string Err) Run(Action main)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Host.Run(main, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void NormalEnd()
    {
        var (code, output, error) = Run(() =>
        {
            Builtins.Print([S("hello"), I(1), F(2.5), None]);   // print("hello", 1, 2.5, None)
            Builtins.Print([]);
            Builtins.Print([L(S("a"), T(I(1)))]);
        });
        Assert.Equal(0, code);
        Assert.Equal("hello 1 2.5 None\n\n['a', (1,)]\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void RuntimeErrorFlushesStdoutThenReports()
    {
        var (code, output, error) = Run(() =>
        {
            Builtins.Print([S("before")]);
            var e = AquaError.ZeroDivision("Division by zero");
            e.AddFrame("inner", 3);
            e.AddFrame("outer", 7);
            throw e;
        });
        Assert.Equal(1, code);
        Assert.Equal("before\n", output);
        Assert.Equal("Runtime error: Division by zero\n  at inner, instruction 3\n  at outer, instruction 7\n", error);
    }

    [Fact]
    public void RuntimeErrorFromTheLibraryAtTopLevel()
    {
        var (code, output, error) = Run(() => Calls.CallFunction("foo", []));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("Runtime error: Function 'foo' not found\n", error);
    }

    [Fact]
    public void ThrownValueIsReportedByItsStr()
    {
        var (code, _, error) = Run(() => throw new AquaError(L(I(1), S("x"))));
        Assert.Equal(1, code);
        Assert.Equal("Runtime error: [1, 'x']\n", error);
    }

    [Fact]
    public void InternalErrorExitsWithThree()
    {
        var (code, output, error) = Run(() =>
        {
            Builtins.Print([S("partial")]);
            throw new InvalidOperationException("boom");
        });
        Assert.Equal(3, code);
        Assert.Equal("partial\n", output);
        Assert.Equal("Internal error: System.InvalidOperationException: boom\n", error);
    }

    [Fact]
    public void HaltInsideAFunctionEndsNormally()
    {
        Functions.Register("stop", 0, _ =>
        {
            Builtins.Print([S("in stop")]);
            Host.Halt();
            Builtins.Print([S("never")]);
            return None;
        });
        var (code, output, error) = Run(() =>
        {
            Calls.CallFunction("stop", []);
            Builtins.Print([S("never either")]);
        });
        Assert.Equal(0, code);
        Assert.Equal("in stop\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void OutputIsUtf8WithLfOnly()
    {
        var bytes = new MemoryStream();
        var writer = Output.CreateConsoleWriter(bytes);
        int code = Host.Run(() => Builtins.Print([S("é😀")]), writer, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal([0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, 0x0A], bytes.ToArray());   // no BOM, "\n"
    }

    [Fact]
    public void HundredThousandDeepRecursionWorks()
    {
        // func deep(n): if n == 0: return 0 / return deep(n - 1) + 1 ; print(deep(100000)) → 100000
        Functions.Register("deep", 1, a =>
        {
            Host.Enter(); // the prologue and epilogue of generated functions
            if (a[0].AsLong == 0) return Host.Leave(I(0));
            return Host.Leave(Ops.Add(Calls.CallFunction("deep", [I(a[0].AsLong - 1)]), I(1)));
        });
        var (code, output, error) = Run(() => Builtins.Print([Calls.CallFunction("deep", [I(100_000)])]));
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("100000\n", output);
    }

    [Fact]
    public void RunawayRecursionIsARecursionError()
    {
        // func forever(n): return forever(n + 1) → RecursionError, not a crashed process (6.9)
        Functions.Register("forever", 1, a =>
        {
            Host.Enter();
            try
            {
                return Host.Leave(Calls.CallFunction("forever", [I(a[0].AsLong + 1)]));
            }
            catch (AquaError e) when (e.AddFrame("forever", 4))
            {
                throw;
            }
        });
        int saved = Host.StackSize;
        Host.StackSize = 64 << 20;   // keep the test quick; the default is 1 GiB
        try
        {
            var watch = Stopwatch.StartNew();
            var (code, output, error) = Run(() =>
            {
                Builtins.Print([S("start")]);
                Calls.CallFunction("forever", [I(0)]);
            });
            Assert.Equal(1, code);
            Assert.Equal("start\n", output);
            Assert.Equal(
                "Runtime error: maximum recursion depth exceeded\n" +
                "  at forever, instruction 4\n  at forever, instruction 4\n  at forever, instruction 4\n",
                error[..error.IndexOf("  [Previous", StringComparison.Ordinal)]);
            // 1,000 frames are kept (AquaError.MaxFrames); the rest are only counted.
            Assert.Matches(@"  \[Previous line repeated 997 more times\]\n  \[\d+ more frames not shown\]\n$", error);
        }
        finally
        {
            Host.StackSize = saved;
        }
    }

    [Fact]
    public void RecursionErrorIsCatchableByType()
    {
        Functions.Register("forever", 1, a =>
        {
            Host.Enter();
            return Host.Leave(Calls.CallFunction("forever", a));
        });
        string caught = "";
        int saved = Host.StackSize;
        Host.StackSize = 32 << 20;
        var (code, _, _) = Run(() =>
        {
            try
            {
                Calls.CallFunction("forever", [I(0)]);
            }
            catch (AquaError e) when (e.Matches("RecursionError"))
            {
                caught = e.Message;
            }
        });
        Host.StackSize = saved;
        Assert.Equal(0, code);
        Assert.Equal("maximum recursion depth exceeded", caught);
    }

    [Fact]
    public void RunResetsClassesAndModules()
    {
        Functions.Register("K.m", 1, _ => None);
        Run(() => Classes.Create(Items.BuildDict([S("m"), S("K.m")]), "K"));
        Assert.True(Classes.TryGetClass("K", out _));
        var (code, _, error) = Run(() => Calls.CallFunction("K", []));
        Assert.Equal(1, code);
        Assert.Equal("Runtime error: Function 'K' not found\n", error);
    }

    [Fact]
    public void ErrorReportCollapsesOnlyRepeatedLines()
    {
        var e = AquaError.IndexError("x");
        e.AddFrame("a", 1);
        e.AddFrame("b", 2);
        e.AddFrame("b", 2);
        e.AddFrame("a", 1);
        Assert.Equal("Runtime error: x\n  at a, instruction 1\n  at b, instruction 2\n  at b, instruction 2\n  at a, instruction 1\n", Host.ErrorReport(e));
    }
}

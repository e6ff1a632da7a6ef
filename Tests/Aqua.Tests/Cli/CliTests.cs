using Aqua.Tests.Samples;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Cli;

/// <summary>The `aquac` command as a user runs it: compile to app.dll, then `dotnet app.dll`.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aquac-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Compiled_assembly_runs_under_dotnet_with_the_expected_output()
    {
        string output = Path.Combine(_dir, "out", "fib.dll");
        var compile = AquacProcess.Aquac(SamplePrograms.AcodePath("fib"), "-o", output);
        Assert.True(compile.ExitCode == 0, compile.Stderr);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "fib.runtimeconfig.json")));
        Assert.True(File.Exists(Path.Combine(_dir, "out", "Aqua.Runtime.dll")));
        using (var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "fib.runtimeconfig.json"))))
        {
            var options = config.RootElement.GetProperty("runtimeOptions");
            Assert.Equal("Microsoft.NETCore.App", options.GetProperty("framework").GetProperty("name").GetString());
            Assert.True(options.GetProperty("configProperties").GetProperty("System.Runtime.TieredCompilation.QuickJitForLoops").GetBoolean());
            Assert.True(options.GetProperty("configProperties").GetProperty("System.Globalization.Invariant").GetBoolean());
            // A list of a million ints (8 MB, as in sieve) is a young object (README, Speed); the threshold only works below the region size.
            long region = options.GetProperty("configProperties").GetProperty("System.GC.RegionSize").GetInt64();
            long threshold = options.GetProperty("configProperties").GetProperty("System.GC.LOHThreshold").GetInt64();
            Assert.True(threshold >= 8_000_016 && threshold < region, $"LOH threshold {threshold}, region size {region}");
        }

        var run = AquacProcess.Dotnet(output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(SamplePrograms.Folder("fib"), "fib.stdout")), run.Stdout);
    }

    [Fact]
    public void Aquac_run_has_every_runtime_setting_of_compiled_programs()
    {
        // `aquac run` runs programs in the aquac process, whose settings come from its project file:
        // they must be the ones OutputWriter writes beside a compiled app.dll.
        static System.Text.Json.JsonElement Properties(string json) =>
            System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        var compiled = Properties(Aqua.Compiler.Build.OutputWriter.RuntimeConfig());
        var aquac = Properties(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "aquac.runtimeconfig.json")));
        foreach (var setting in compiled.EnumerateObject())
        {
            Assert.True(aquac.TryGetProperty(setting.Name, out var value), $"aquac.runtimeconfig.json lacks {setting.Name}");
            Assert.Equal(setting.Value.ToString(), value.ToString());
        }
    }

    [Fact]
    public void Compiling_twice_gives_identical_assemblies()
    {
        string a = Path.Combine(_dir, "a", "app.dll");
        string b = Path.Combine(_dir, "b", "app.dll");
        Assert.Equal(0, AquacProcess.Aquac(SamplePrograms.AcodePath("hello"), "-o", a).ExitCode);
        Assert.Equal(0, AquacProcess.Aquac(SamplePrograms.AcodePath("hello"), "-o", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Run_compiles_in_memory_and_runs()
    {
        var run = AquacProcess.Aquac("run", SamplePrograms.AcodePath("fizzbuzz"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(SamplePrograms.Folder("fizzbuzz"), "fizzbuzz.stdout")), run.Stdout);
    }

    [Fact]
    public void Emit_prints_the_generated_csharp()
    {
        var emit = AquacProcess.Aquac("emit", SamplePrograms.AcodePath("hello"));
        Assert.Equal(0, emit.ExitCode);
        Assert.Contains("namespace AquaProgram;", emit.Stdout);
        Assert.Contains("private static void RunMain()", emit.Stdout);
    }

    [Fact]
    public void No_specialise_emits_only_general_code_and_runs_the_same()
    {
        var specialised = AquacProcess.Aquac("emit", SamplePrograms.AcodePath("fib"));
        var general = AquacProcess.Aquac("emit", "--no-specialise", SamplePrograms.AcodePath("fib"));
        Assert.Equal(0, general.ExitCode);
        Assert.Contains("F0_fib_T(", specialised.Stdout);
        Assert.DoesNotContain("_T(", general.Stdout);

        var run = AquacProcess.Aquac("run", "--no-specialise", SamplePrograms.AcodePath("fib"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(SamplePrograms.Folder("fib"), "fib.stdout")), run.Stdout);

        string output = Path.Combine(_dir, "general", "fib.dll");
        Assert.Equal(0, AquacProcess.Aquac(SamplePrograms.AcodePath("fib"), "--no-specialise", "-o", output).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(SamplePrograms.Folder("fib"), "fib.stdout")), AquacProcess.Dotnet(output).Stdout);
    }

    [Fact]
    public void Disasm_prints_a_listing_with_opcode_names()
    {
        var disasm = AquacProcess.Aquac("disasm", SamplePrograms.AcodePath("fib"));
        Assert.Equal(0, disasm.ExitCode);
        Assert.Contains("LOAD_CONST", disasm.Stdout);
        Assert.Contains("RETURN", disasm.Stdout);
    }

    [Fact]
    public void Runtime_error_in_run_exits_1_with_a_report_on_stderr()
    {
        string path = Path.Combine(_dir, "div.acode");
        File.WriteAllBytes(path, Aqua.Compiler.Bytecode.AcodeWriter.Write(new AcodeBuilder().Build(path, m => m
            .Print(p => p.Const("before"))
            .Print(p => p.Const(1).Const(0).Op(Aqua.Compiler.Bytecode.Opcode.Div))
            .Halt())));
        var run = AquacProcess.Aquac("run", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("before\n", run.Stdout);
        Assert.StartsWith("Runtime error: Division by zero", run.Stderr);
    }

    [Fact]
    public void Malformed_input_gives_one_diagnostic_and_exit_2()
    {
        string path = Path.Combine(_dir, "bad.acode");
        File.WriteAllBytes(path, "AQUB\u0001\u0000"u8.ToArray());
        var result = AquacProcess.Aquac(path, "-o", Path.Combine(_dir, "bad.dll"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.acode", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr); // no .NET stack trace
        Assert.False(File.Exists(Path.Combine(_dir, "bad.dll")));
    }

    [Fact]
    public void Missing_file_gives_exit_2_without_a_stack_trace()
    {
        var result = AquacProcess.Aquac(Path.Combine(_dir, "nope.acode"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.acode", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        var result = AquacProcess.Aquac("--frobnicate");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        var help = AquacProcess.Aquac("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("run", help.Stdout);
        var version = AquacProcess.Aquac("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
    }

    [Fact]
    public void Output_that_cannot_be_written_is_an_error_message_never_a_stack_trace()
    {
        if (!OperatingSystem.IsLinux()) return; // /dev/full
        string acode = SamplePrograms.AcodePath("hello");
        foreach (var (args, code) in new[]
        {
            ("--help", 2), ("--version", 2), ($"emit \"{acode}\"", 2), ($"disasm \"{acode}\"", 2), ($"run \"{acode}\"", 1),
        })
        {
            string err = Path.Combine(_dir, "err.txt");
            int exit = AquacProcess.Shell($"dotnet \"$1\" {args} > /dev/full 2> \"$2\"", AquacProcess.AquacDll, err);
            string stderr = File.ReadAllText(err);
            Assert.True(code == exit, $"{args}: exit {exit}, {stderr}");
            Assert.Contains("No space left on device", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
    }

    [Fact]
    public void Output_must_be_a_dll_and_never_the_input()
    {
        string copy = Path.Combine(_dir, "hello.acode");
        File.Copy(SamplePrograms.AcodePath("hello"), copy);
        var notDll = AquacProcess.Aquac(copy, "-o", Path.Combine(_dir, "hello.txt"));
        Assert.Equal(2, notDll.ExitCode);
        Assert.Equal(File.ReadAllBytes(SamplePrograms.AcodePath("hello")), File.ReadAllBytes(copy));
    }
}

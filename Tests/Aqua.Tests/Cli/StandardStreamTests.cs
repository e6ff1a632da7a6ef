using System.Diagnostics;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Cli;

/// <summary>
/// A compiled program writes stdout and stderr with write(2) on the descriptors (Runtime's
/// StandardStream), not through the console streams: its output must still arrive whole and in
/// order through pipes and files, stdout and stderr sharing one file must not overwrite each
/// other, a reader that goes away must end the program quietly, as the console streams do, and
/// output that cannot be written is a runtime error, never a .NET stack trace.
/// </summary>
public sealed class StandardStreamTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aquac-streams-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Compiles main to app.dll: prints "line i" for i in 0..count-1, then ends or divides by zero.</summary>
    private string Compile(int count, bool fail)
    {
        string acode = Path.Combine(_dir, "app.acode"), dll = Path.Combine(_dir, "out", "app.dll");
        File.WriteAllBytes(acode, AcodeWriter.Write(new AcodeBuilder().Build(acode, m =>
        {
            m.Const(0).Store("i")
                .Label("loop").Load("i").Const(count).Op(Opcode.Lt).Jump(Opcode.JumpIfFalse, "end")
                .Print(p => p.Const("line ").Load("i").Op(Opcode.FormatValue).Op(Opcode.Add))
                .Load("i").Const(1).Op(Opcode.Add).Store("i").Jump(Opcode.Jump, "loop")
                .Label("end");
            if (fail) m.Print(p => p.Const(1).Const(0).Op(Opcode.Div));
            m.Halt();
        })));
        var compile = AquacProcess.Aquac(acode, "-o", dll);
        Assert.True(compile.ExitCode == 0, compile.Stderr);
        return dll;
    }

    private static string Lines(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"line {i}\n"));

    [Fact]
    public void Output_beyond_the_buffer_arrives_whole_and_in_order_through_a_pipe()
    {
        var run = AquacProcess.Dotnet(Compile(30_000, fail: false)); // about 330 KB: several buffer flushes
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Lines(30_000), run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Stdout_and_stderr_redirected_to_one_file_follow_each_other()
    {
        if (OperatingSystem.IsWindows()) return; // the shell redirection below is POSIX sh
        string dll = Compile(20_000, fail: true), file = Path.Combine(_dir, "both.txt");
        Assert.Equal(1, AquacProcess.Shell("dotnet \"$1\" > \"$2\" 2>&1", dll, file));
        string text = File.ReadAllText(file);
        Assert.StartsWith(Lines(20_000) + "Runtime error: Division by zero", text);
    }

    /// <summary>Runs the compiled program under /bin/sh with the given redirections; returns its exit code and stderr.</summary>
    private (int ExitCode, string Stderr) RunRedirected(string dll, string redirections)
    {
        string err = Path.Combine(_dir, "err.txt");
        int exit = AquacProcess.Shell($"dotnet \"$1\" {redirections} 2> \"$2\"", dll, err);
        return (exit, File.ReadAllText(err));
    }

    [Theory]
    [InlineData(3)] // all output written by the final flush, after the program ended
    [InlineData(30_000)] // about 330 KB: the buffer is flushed while the program runs
    public void Output_that_cannot_be_written_is_a_runtime_error_without_a_stack_trace(int lines)
    {
        if (!OperatingSystem.IsLinux()) return; // /dev/full
        string dll = Compile(lines, fail: false);
        var full = RunRedirected(dll, "> /dev/full");
        Assert.Equal(1, full.ExitCode);
        Assert.Equal("Runtime error: cannot write to stdout: No space left on device\n", full.Stderr);
        var closed = RunRedirected(dll, ">&-");
        Assert.Equal(1, closed.ExitCode);
        Assert.Equal("Runtime error: cannot write to stdout: Bad file descriptor\n", closed.Stderr);
    }

    [Fact]
    public async Task A_reader_that_goes_away_ends_the_program_quietly()
    {
        string dll = Compile(300_000, fail: false);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.Equal("line 0", process.StandardOutput.ReadLine());
        process.StandardOutput.Close(); // the reader goes away: the program's later writes get EPIPE
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
    }
}

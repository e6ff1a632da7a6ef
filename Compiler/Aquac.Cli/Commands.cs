using System.Text;
using Aqua.Compiler;
using Aqua.Compiler.Analysis;
using Aqua.Compiler.Build;
using Aqua.Compiler.Bytecode;
using Aqua.Compiler.Diagnostics;
using Aqua.Compiler.Emit;

namespace Aqua.Cli;

/// <summary>What each subcommand does. Diagnostics go to stderr as `file: where: error: message`.</summary>
public static class Commands
{
    public static int Compile(FileInfo input, FileInfo? output, EmitOptions options)
    {
        string outPath = output?.FullName ?? Path.ChangeExtension(input.FullName, ".dll");
        return Guarded(() =>
        {
            var (assembly, _) = Pipeline.Compile(input.FullName, Pipeline.AssemblyNameFor(outPath), options);
            OutputWriter.Write(outPath, assembly, input.FullName);
            return ExitCodes.Ok;
        });
    }

    public static int Run(FileInfo input, EmitOptions options) => Guarded(() =>
    {
        var (assembly, _) = Pipeline.Compile(input.FullName, Path.GetFileNameWithoutExtension(input.Name), options);
        Console.Out.Flush();
        return ProgramRunner.RunOnConsole(assembly);
    });

    public static int Emit(FileInfo input, EmitOptions options) => Guarded(() =>
    {
        var source = Pipeline.Emit(Pipeline.Read(input.FullName), options).Source;
        WriteStdout(source);
        return ExitCodes.Ok;
    });

    public static int Disassemble(FileInfo input) => Guarded(() =>
    {
        var module = Pipeline.Read(input.FullName);
        // Depths come from the stack analysis; a unit that fails analysis is listed without them.
        string text = Disassembler.ToText(module, code =>
        {
            try
            {
                return CodeAnalysis.Run(module, code).Stack.Depths;
            }
            catch (DiagnosticException)
            {
                return new int?[code.Instructions.Length];
            }
        });
        WriteStdout(text);
        return ExitCodes.Ok;
    });

    private static void WriteStdout(string text)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        stdout.Write(text);
    }

    /// <summary>Turns every failure into a one-line message and an exit code: never a stack trace.</summary>
    private static int Guarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (DiagnosticException e)
        {
            Console.Error.WriteLine(e.Diagnostic.ToString());
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"aquac: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"aquac: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"aquac: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}

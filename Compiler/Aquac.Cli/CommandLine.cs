using System.CommandLine;
using System.Reflection;
using Aqua.Compiler.Emit;

namespace Aqua.Cli;

/// <summary>
/// The `aquac` command: `aquac X.acode -o out/X.dll` compiles; `run`, `emit` and `disasm` are
/// subcommands. Usage errors exit with 2 (System.CommandLine's own default would be 1).
/// </summary>
public sealed class CommandLine(RootCommand root)
{
    public static CommandLine Build()
    {
        var input = new Argument<FileInfo>("input") { Description = "The .acode file to compile." };
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "The assembly to write (default: the input's name with .dll, beside it).",
        };
        var noSpecialise = NoSpecialiseOption();
        var root = new RootCommand("aquac: compiles AquaScript .acode bytecode ahead of time into a .NET assembly.")
        {
            input,
            output,
            noSpecialise,
        };
        root.SetAction(parse => Commands.Compile(parse.GetValue(input)!, parse.GetValue(output), Options(parse.GetValue(noSpecialise))));

        var runInput = new Argument<FileInfo>("input") { Description = "The .acode file to compile and run." };
        var runNoSpecialise = NoSpecialiseOption();
        var run = new Command("run", "Compile in memory and run at once; exits with the program's exit code.") { runInput, runNoSpecialise };
        run.SetAction(parse => Commands.Run(parse.GetValue(runInput)!, Options(parse.GetValue(runNoSpecialise))));
        root.Add(run);

        var emitInput = new Argument<FileInfo>("input") { Description = "The .acode file." };
        var emitNoSpecialise = NoSpecialiseOption();
        var emit = new Command("emit", "Print the C# that aquac generates.") { emitInput, emitNoSpecialise };
        emit.SetAction(parse => Commands.Emit(parse.GetValue(emitInput)!, Options(parse.GetValue(emitNoSpecialise))));
        root.Add(emit);

        var disasmInput = new Argument<FileInfo>("input") { Description = "The .acode file." };
        var disasm = new Command("disasm", "Print a listing of the bytecode with stack depths.") { disasmInput };
        disasm.SetAction(parse => Commands.Disassemble(parse.GetValue(disasmInput)!));
        root.Add(disasm);

        return new CommandLine(root);
    }

    private static Option<bool> NoSpecialiseOption() => new("--no-specialise")
    {
        Description = "Generate only general code over boxed values (no type-specialised functions); slower, same output.",
    };

    private static EmitOptions Options(bool noSpecialise) => new(Specialise: !noSpecialise);

    public int Invoke(string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"aquac: error: {error.Message}");
            Console.Error.WriteLine("Try 'aquac --help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            // --help and --version write outside the commands' own guard (a full disk, a closed stdout).
            Console.Error.WriteLine($"aquac: error: cannot write the output: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}

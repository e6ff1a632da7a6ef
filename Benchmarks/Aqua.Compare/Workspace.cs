using System.Collections.Immutable;
using Aqua.Bench;
using Aqua.Compiler;
using Aqua.Compiler.Build;
using Aqua.Compiler.Bytecode;

namespace Aqua.Compare;

/// <summary>
/// A temporary folder holding what the comparison runs besides the shared bench files: each
/// benchmark compiled by aquac (app.dll + runtimeconfig + Aqua.Runtime.dll, in a folder of its
/// own), the empty programs that measure start-up, and fib(30). Deleted on dispose.
/// </summary>
public sealed class Workspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("aqua-compare-").FullName;

    /// <summary>Compiles an .acode with aquac's pipeline; returns the path of the runnable dll.</summary>
    public string CompileAcode(string acodePath, string name)
    {
        var (assembly, _) = Pipeline.Compile(acodePath, name);
        string dll = Path.Combine(Root, name, name + ".dll");
        OutputWriter.Write(dll, assembly, acodePath);
        return dll;
    }

    public string CompileBenchmark(string name) => CompileAcode(BenchSuite.File(name, ".acode"), name);

    /// <summary>The empty AquaScript program: no constants, globals or functions; main is [HALT].</summary>
    public string CompileEmptyAcode()
    {
        string path = Path.Combine(Root, "empty.acode");
        var main = new CodeUnit(AcodeReader.MainCodeName, [new Instruction(Opcode.Halt, null)], IsMain: true);
        var module = new AcodeModule(path, [], [], [], main);
        File.WriteAllBytes(path, AcodeWriter.Write(module));
        return CompileAcode(path, "empty");
    }

    /// <summary>An empty source file for an interpreter (<c>empty.py</c>, <c>empty.js</c>).</summary>
    public string EmptyFile(string extension)
    {
        string path = Path.Combine(Root, "empty" + extension);
        File.WriteAllText(path, "");
        return path;
    }

    /// <summary>
    /// fib.acode with its argument 32 (and the "fib(32) =" label) replaced by 30 in the constant
    /// pool, compiled: prints <see cref="Fib30Stdout"/>.
    /// </summary>
    public string CompileFib30()
    {
        string path = Path.Combine(Root, "fib30.acode");
        var fib = AcodeReader.Read(BenchSuite.File("fib", ".acode"));
        var constants = fib.Constants.Select(c => c switch
        {
            IntConstant { Value: 32 } => new IntConstant(30),
            StringConstant { Value: "fib(32) =" } => new StringConstant("fib(30) ="),
            _ => c,
        }).ToImmutableArray();
        File.WriteAllBytes(path, AcodeWriter.Write(fib with { SourcePath = path, Constants = constants }));
        return CompileAcode(path, "fib30");
    }

    public const string Fib30Stdout = "fib(30) = 832040\n";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}

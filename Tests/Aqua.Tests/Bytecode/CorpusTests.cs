using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>Every .acode file the original compiler wrote must read, and write back byte for byte.</summary>
public sealed class CorpusTests
{
    [SharedFolderTheory]
    [MemberData(nameof(AcodeCorpus.Files), MemberType = typeof(AcodeCorpus))]
    public void ReadsWithoutDiagnostic(string file)
    {
        string path = AcodeCorpus.FullPath(file);
        var (module, error) = AcodeReader.TryRead(path);
        Assert.True(error is null, error?.ToString());
        Assert.Equal(path, module!.SourcePath);
        Assert.True(module.Main.IsMain);
        Assert.NotEmpty(module.Main.Instructions);
    }

    [SharedFolderTheory]
    [MemberData(nameof(AcodeCorpus.Files), MemberType = typeof(AcodeCorpus))]
    public void WriterReproducesTheOriginalBytes(string file)
    {
        byte[] original = File.ReadAllBytes(AcodeCorpus.FullPath(file));
        var module = AcodeReader.Read(original, file);
        byte[] written = AcodeWriter.Write(module);
        if (!written.AsSpan().SequenceEqual(original))
        {
            int at = 0;
            while (at < Math.Min(written.Length, original.Length) && written[at] == original[at]) at++;
            Assert.Fail($"{file}: first difference at byte {at} (original {original.Length} bytes, written {written.Length})");
        }
    }

    [SharedFolderTheory]
    [MemberData(nameof(AcodeCorpus.Files), MemberType = typeof(AcodeCorpus))]
    public void DisassemblesEveryInstruction(string file)
    {
        var module = AcodeReader.Read(AcodeCorpus.FullPath(file));
        string text = Disassembler.ToText(module);
        var names = Enum.GetValues<Opcode>().Select(OpcodeInfo.Name).Append("TYPE_CHECK").ToHashSet();
        // An instruction line is "[>>] index opcode ...": its second word is an opcode name.
        int instructionLines = text.Split('\n')
            .Select(line => line.Replace(">>", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(words => words.Length >= 2 && int.TryParse(words[0], out _) && names.Contains(words[1]));
        int instructions = module.Main.Instructions.Length + module.Functions.Sum(f => f.Code.Instructions.Length);
        Assert.Equal(instructions, instructionLines);
    }

    [SharedFolderFact]
    public void CorpusHasBothSets()
    {
        var files = new List<string>(AcodeCorpus.Files());
        Assert.Contains("bench/fib.acode", files);
        Assert.True(files.Count(f => f.StartsWith("conformance/", StringComparison.Ordinal)) >= 50, $"only {files.Count} files");
    }
}

using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Samples;

/// <summary>The samples are what their builders say, and print what their `.stdout` says.</summary>
public sealed class SampleTests
{
    public static TheoryData<string> Names() => new(SamplePrograms.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_acode_equals_the_builder_output(string name)
    {
        string path = SamplePrograms.AcodePath(name);
        byte[] built = AcodeWriter.Write(SamplePrograms.All[name](path));
        if (Environment.GetEnvironmentVariable(Approvals.AcceptVariable) == "1")
            File.WriteAllBytes(path, built);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {Approvals.AcceptVariable}=1 to write it");
        Assert.Equal(built, File.ReadAllBytes(path));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Sample_prints_its_expected_output(string name)
    {
        string folder = SamplePrograms.Folder(name);
        var result = ProgramHarness.CompileAndRun(Path.Combine(folder, name + ".acode"));
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, name + ".stdout")), result.Stdout);
    }
}

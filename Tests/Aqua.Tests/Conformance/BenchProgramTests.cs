using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Conformance;

/// <summary>
/// The benchmark programs of ../shared/bench: each prints exactly its expected output, and none of
/// its functions has to leave its type-specialised version. A leave is not wrong (the general code
/// gives the same output), but it makes the benchmark measure the general code, as dict_ops did
/// when an item speculated as a number came from a dict; this test keeps that from coming back
/// unnoticed.
/// </summary>
public sealed class BenchProgramTests
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        if (SharedFolder.Root is not { } root)
        {
            data.Add("(shared folder missing)"); // fails under CI=true via SharedFolder.Require
            return data;
        }
        foreach (var file in Directory.GetFiles(Path.Combine(root, "bench"), "*.acode").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [SharedFolderTheory]
    [MemberData(nameof(Programs))]
    public void Runs_to_its_expected_output_without_leaving_the_specialised_code(string name)
    {
        string acode = SharedFolder.Combine("bench", name + ".acode");
        var module = AcodeReader.Read(File.ReadAllBytes(acode), acode);
        var (result, left) = TestSupport.Programs.RunAndListLeaves(module, TimeSpan.FromMinutes(2));
        Assert.False(result.TimedOut);
        Assert.Equal("", result.Stderr);
        Assert.Equal(File.ReadAllText(SharedFolder.Combine("bench", name + ".stdout")), result.Stdout);
        Assert.Empty(left);
    }
}

using Aqua.Compiler;
using Aqua.Tests.Samples;
using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Snapshots;

/// <summary>
/// The C# aquac emits, approved once and diffed on every change (Verify's conventions:
/// `*.verified.cs` beside this file). A change to the emitter shows up here as a reviewable diff.
/// </summary>
public sealed class TranslationSnapshotTests
{
    /// <summary>Conformance programs chosen for their shapes: loops, elif chains, functions, comprehensions, classes.</summary>
    public static readonly string[] ConformanceCases =
    [
        "basic_tests__test_condition_simple",
        "elif_test",
        "examples__fibonacci",
        "feature_tests__test_class",
        "root__number_game",
    ];

    public static TheoryData<string> Samples() => new(SamplePrograms.All.Keys);

    public static TheoryData<string> Conformance() => new(ConformanceCases);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample(string name) =>
        Approvals.Verify(Pipeline.Emit(Pipeline.Read(SamplePrograms.AcodePath(name))).Source,
            $"{nameof(TranslationSnapshotTests)}.{nameof(Sample)}_{name}", "cs");

    [SharedFolderTheory]
    [MemberData(nameof(Conformance))]
    public void ConformanceProgram(string name) =>
        Approvals.Verify(Pipeline.Emit(Pipeline.Read(Path.Combine(SharedFolder.Require(), "conformance", name + ".acode"))).Source,
            $"{nameof(TranslationSnapshotTests)}.{nameof(ConformanceProgram)}_{name}", "cs");

    [Fact]
    public void Emission_is_deterministic()
    {
        string path = SamplePrograms.AcodePath("fizzbuzz");
        Assert.Equal(Pipeline.Emit(Pipeline.Read(path)).Source, Pipeline.Emit(Pipeline.Read(path)).Source);
    }
}

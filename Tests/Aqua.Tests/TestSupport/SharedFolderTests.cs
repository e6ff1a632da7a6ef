using Xunit;

namespace Aqua.Tests.TestSupport;

public sealed class SharedFolderTests
{
    [Fact]
    public void RepoRootHoldsTheSolution() =>
        Assert.True(File.Exists(Path.Combine(SharedFolder.RepoRoot, "AquaVM.sln")));

    /// <summary>Fails under CI=true when ../shared is missing; skipped with a message elsewhere.</summary>
    [SharedFolderFact]
    public void SharedFolderIsBesideTheRepository()
    {
        string root = SharedFolder.Require();
        Assert.Equal(SharedFolder.ExpectedPath, root);
        Assert.True(File.Exists(Path.Combine(root, "ACODE.md")), $"{root} has no ACODE.md");
        Assert.True(Directory.Exists(Path.Combine(root, "conformance")), $"{root} has no conformance folder");
    }

    [Fact]
    public void SkipsOnlyOutsideCi()
    {
        // Whatever this machine has, the skip reason follows the rule: never skip under CI, never skip when present.
        if (SharedFolder.IsCi || SharedFolder.Root is not null)
            Assert.Null(SharedFolder.SkipReason);
        else
            Assert.Contains(SharedFolder.ExpectedPath, SharedFolder.SkipReason);
    }
}

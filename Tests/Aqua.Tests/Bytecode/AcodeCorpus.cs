using Aqua.Tests.TestSupport;
using Xunit;

namespace Aqua.Tests.Bytecode;

/// <summary>The .acode files of the shared folder's conformance and bench sets, as theory data.</summary>
public static class AcodeCorpus
{
    /// <summary>Paths relative to the shared folder, e.g. <c>conformance/fib.acode</c>.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (SharedFolder.Root is not { } root)
        {
            // One placeholder row so the theory runs (and fails via SharedFolder.Require) under CI.
            data.Add("<shared folder missing>");
            return data;
        }
        foreach (var folder in new[] { "conformance", "bench" })
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.acode").Order(StringComparer.Ordinal))
                data.Add($"{folder}/{Path.GetFileName(file)}");
        return data;
    }

    public static string FullPath(string relative) => SharedFolder.Combine(relative.Split('/'));
}

using Aqua.Tests.TestSupport;

namespace Aqua.Tests.Conformance;

/// <summary>One program of ../shared/conformance: the .acode, its exact stdout, and whether it must end in a runtime error.</summary>
public sealed record ConformanceCase(string Name, bool ExpectsError, string AcodePath, string StdoutPath)
{
    public static string Folder => Path.Combine(SharedFolder.Require(), "conformance");

    /// <summary>The cases of manifest.tsv (`name`, `ok`|`error`, note), in file order.</summary>
    public static IReadOnlyList<ConformanceCase> Load()
    {
        var cases = new List<ConformanceCase>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "manifest.tsv")).Skip(1))
        {
            if (line.Trim().Length == 0) continue;
            var cols = line.Split('\t');
            if (cols[1] is not ("ok" or "error"))
                throw new InvalidDataException($"manifest.tsv: unknown expectation '{cols[1]}' for {cols[0]}");
            cases.Add(new ConformanceCase(cols[0], cols[1] == "error",
                Path.Combine(Folder, cols[0] + ".acode"), Path.Combine(Folder, cols[0] + ".stdout")));
        }
        return cases;
    }
}

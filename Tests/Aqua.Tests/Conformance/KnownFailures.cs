using Aqua.Tests.TestSupport;

namespace Aqua.Tests.Conformance;

/// <summary>
/// Tests/Aqua.Tests/Conformance/known-failures.txt: conformance cases that do not pass yet, one per
/// line as `name: reason`. The list may only shrink: a listed case that passes fails its test.
/// </summary>
public static class KnownFailures
{
    public static string FilePath => Path.Combine(SharedFolder.RepoRoot, "Tests", "Aqua.Tests", "Conformance", "known-failures.txt");

    public static IReadOnlyDictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int colon = line.IndexOf(':');
            if (colon <= 0 || line[(colon + 1)..].Trim().Length == 0)
                throw new InvalidDataException($"{FilePath}: every entry needs `name: reason`, got `{line}`");
            result.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return result;
    }
}

namespace Aqua.Tests.TestSupport;

/// <summary>
/// Finds the project's shared folder (the spec, <c>conformance/</c> and <c>bench/</c>), which
/// sits beside the repository as <c>../shared</c> and is never copied into it. The repository
/// root is the nearest folder above the test assembly that holds <c>AquaVM.sln</c>.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string> LazyRepoRoot = new(() => FindRepoRoot(AppContext.BaseDirectory));
    private static readonly Lazy<string?> LazyRoot = new(() => Directory.Exists(ExpectedPath) ? ExpectedPath : null);

    /// <summary>The repository root (the folder holding AquaVM.sln).</summary>
    public static string RepoRoot => LazyRepoRoot.Value;

    /// <summary>The shared folder (e.g. /work/shared), or null when it is not there.</summary>
    public static string? Root => LazyRoot.Value;

    /// <summary>Where the shared folder is expected: <c>../shared</c> from the repository root.</summary>
    public static string ExpectedPath => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>CI runs with CI=true; there a missing shared folder is a failure, not a skip.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why tests that need the shared folder are skipped, or null when they must run.</summary>
    public static string? SkipReason =>
        Root is null && !IsCi ? $"{MissingMessage} Skipped because CI is not 'true'." : null;

    public static string MissingMessage =>
        $"The shared folder was not found at {ExpectedPath} (expected beside the repository root {RepoRoot}).";

    /// <summary>The shared folder's path; throws with a clear message when it is missing.</summary>
    public static string Require() => Root ?? throw new InvalidOperationException(MissingMessage);

    /// <summary>A path inside the shared folder; throws like <see cref="Require"/> when it is missing.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Require(), .. parts]);

    private static string FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AquaVM.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No folder above {start} contains AquaVM.sln; cannot locate the repository root.");
    }
}

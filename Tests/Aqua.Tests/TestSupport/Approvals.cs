using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Aqua.Tests.TestSupport;

/// <summary>
/// Snapshot approval with Verify's conventions, so Verify.Xunit can replace it later:
/// the approved text is <c>{Name}.verified.{ext}</c> beside the test's source file; on a mismatch
/// the actual text is written to <c>{Name}.received.{ext}</c> and the test fails. Setting the
/// environment variable <c>AQUA_ACCEPT_SNAPSHOTS=1</c> accepts the received text as verified.
/// </summary>
public static class Approvals
{
    public const string AcceptVariable = "AQUA_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string testSourceFile = "")
    {
        string dir = SourceFolder(testSourceFile);
        string verified = Path.Combine(dir, $"{name}.verified.{extension}");
        string received = Path.Combine(dir, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        string? expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new XunitException(expected is null
            ? $"No approved snapshot {Path.GetFileName(verified)}. Review {received} and rerun with {AcceptVariable}=1 to accept it."
            : $"Snapshot {Path.GetFileName(verified)} differs: {FirstDifference(expected, actual)}. " +
              $"Actual text written to {received}; rerun with {AcceptVariable}=1 to accept it.");
    }

    /// <summary>
    /// The test source's folder in this checkout. Compile-time paths can be mapped (CI builds map
    /// them to `/_/`), so only the part below the test project's folder is trusted.
    /// </summary>
    private static string SourceFolder(string testSourceFile)
    {
        const string project = "Tests/Aqua.Tests/";
        string normalized = testSourceFile.Replace('\\', '/');
        int at = normalized.LastIndexOf(project, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"{testSourceFile} is not under {project}");
        string relative = Path.GetDirectoryName(normalized[(at + project.Length)..]) ?? "";
        return Path.Combine(SharedFolder.RepoRoot, "Tests", "Aqua.Tests", relative);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el != al) return $"line {i + 1}: expected `{el}` but got `{al}`";
        }
        return "line endings differ";
    }
}

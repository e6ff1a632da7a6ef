using Aqua.Compiler.Emit;
using Aqua.Tests.TestSupport;
using Xunit;
using Xunit.Sdk;

namespace Aqua.Tests.Conformance;

/// <summary>
/// Every program of ../shared/conformance through the real pipeline, compared with its exact
/// expected stdout. `error` cases must also stop with a runtime error (exit code 1, a
/// `Runtime error:` report on stderr). Listed known failures must still fail.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (SharedFolder.Root is null)
        {
            // Keeps the theory non-empty: under CI=true the case runs and fails on the missing folder.
            data.Add("(shared folder missing)");
            return data;
        }
        foreach (var c in ConformanceCase.Load()) data.Add(c.Name);
        return data;
    }

    [SharedFolderTheory]
    [MemberData(nameof(Cases))]
    public void Program_prints_exactly_the_expected_output(string name)
    {
        SharedFolder.Require();
        var testCase = ConformanceCase.Load().Single(c => c.Name == name);
        var known = KnownFailures.Load();
        string? failure = Check(testCase);

        if (known.TryGetValue(name, out var reason))
        {
            if (failure is null)
                throw new XunitException($"{name} passes now: remove it from {KnownFailures.FilePath} (it was listed because: {reason}).");
            return; // still failing, for the listed reason
        }
        if (failure is not null) throw new XunitException(failure);
    }

    /// <summary>
    /// The same programs with type specialisation off: the general code (which dynamic calls and
    /// calls with other argument kinds still reach) must print the same, known failures included.
    /// </summary>
    [SharedFolderTheory]
    [MemberData(nameof(Cases))]
    public void Program_prints_the_same_without_specialisation(string name)
    {
        SharedFolder.Require();
        var testCase = ConformanceCase.Load().Single(c => c.Name == name);
        if (KnownFailures.Load().ContainsKey(name)) return;
        string? failure = Check(testCase, new EmitOptions(Specialise: false));
        if (failure is not null) throw new XunitException(failure);
    }

    [SharedFolderFact]
    public void Known_failures_name_real_cases()
    {
        var names = ConformanceCase.Load().Select(c => c.Name).ToHashSet();
        foreach (var entry in KnownFailures.Load().Keys)
            Assert.True(names.Contains(entry), $"known-failures.txt lists {entry}, which is not a conformance case");
    }

    /// <summary>Null when the case passes, else what went wrong with both outputs.</summary>
    private static string? Check(ConformanceCase c, EmitOptions? options = null)
    {
        string expected = File.ReadAllText(c.StdoutPath);
        ProgramResult result;
        try
        {
            result = ProgramHarness.CompileAndRun(c.AcodePath, options: options);
        }
        catch (Exception e)
        {
            return $"{c.Name}: did not compile: {e.Message}";
        }
        if (result.TimedOut) return $"{c.Name}: timed out. stdout so far:\n{result.Stdout}";

        var problems = new List<string>();
        if (result.Stdout != expected) problems.Add("stdout differs");
        if (c.ExpectsError)
        {
            if (result.ExitCode != 1) problems.Add($"expected a runtime error (exit 1), got exit {result.ExitCode}");
            if (!result.Stderr.StartsWith("Runtime error: ", StringComparison.Ordinal)) problems.Add("stderr does not start with 'Runtime error: '");
        }
        else if (result.ExitCode != 0)
        {
            problems.Add($"exit code {result.ExitCode}");
        }
        if (problems.Count == 0) return null;
        return $"{c.Name} ({c.AcodePath}): {string.Join("; ", problems)}\n" +
               $"--- expected stdout ---\n{expected}\n--- actual stdout ---\n{result.Stdout}\n--- stderr ---\n{result.Stderr}";
    }
}

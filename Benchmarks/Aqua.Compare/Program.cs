using Aqua.Bench;
using Aqua.Compare;
using Aqua.Compiler.Diagnostics;

// Whole-process comparison of aquac, CPython and Node on ../shared/bench (see Benchmarks/README.md).
// The table goes to stdout; progress and mismatches go to stderr.
if (args is ["--help"] or ["-h"])
{
    Console.Out.Write(CompareOptions.Usage);
    return 0;
}
var (options, error) = CompareOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}");
    Console.Error.Write(CompareOptions.Usage);
    return 2;
}

var log = Console.Error;
Side[] sides = [Side.Aquac(), Side.CPython(), Side.Node()];
foreach (var side in sides.Where(s => !s.Available))
    log.WriteLine($"note: {side.Label} was not found; its column shows n/a");

using var workspace = new Workspace();
bool failed = false;

// Start-up: an empty program of each kind, warmed up once (disk caches), then timed like a benchmark.
// It is cheap, so it gets more repetitions than the benchmarks.
int startupRuns = Math.Max(5, 2 * options.Runs);
string[] emptyPrograms = [workspace.CompileEmptyAcode(), workspace.EmptyFile(".py"), workspace.EmptyFile(".js")];
var startupContenders = Contenders(emptyPrograms, "");
foreach (var (_, contender) in startupContenders) ProcessTimer.Run(contender.Command);
log.WriteLine($"start-up: {startupRuns} runs");
var startup = Measure("start-up", startupContenders, startupRuns);

var results = new List<BenchmarkResult>();
foreach (string name in options.Benchmarks)
{
    log.WriteLine($"{name}: compiling with aquac, then {options.Runs} run(s) per side");
    string? dll = Compile(name, () => workspace.CompileBenchmark(name));
    string expected = BenchSuite.ExpectedStdout(name);
    var timings = Measure(name, Contenders([dll, BenchSuite.File(name, ".py"), BenchSuite.File(name, ".js")], expected), options.Runs);
    if (dll is null) timings[0] = new Timing(null, "compile error");
    results.Add(new BenchmarkResult(name, timings));
    log.WriteLine($"{name}: medians {string.Join(", ", sides.Select((s, i) => $"{s.Label} {ResultTable.Ms(timings[i].MedianMs)} ms"))} (start-up included)");
}

Console.Out.Write(ResultTable.Render(sides, startup, results, options.Markdown));
Console.Out.WriteLine();
Console.Out.WriteLine(
    $"Machine: {MachineInfo.Describe(sides)}. Work time = median wall time of {options.Runs} whole-process run(s) "
    + $"minus the side's start-up (median of {startupRuns} runs of an empty program), floored at {ResultTable.EpsilonMs} ms; "
    + "ratios > 1 mean aquac is faster.");

if (options.Fib30)
{
    string? fib30 = Compile("fib30", workspace.CompileFib30);
    if (fib30 is not null)
    {
        var contender = new Contender(sides[0].Label, sides[0].Run(fib30, workspace.Root), Workspace.Fib30Stdout);
        var timing = Measure("fib30", [(0, contender)], options.Runs)[0];
        Console.Out.WriteLine();
        Console.Out.WriteLine(
            $"fib(30) compiled by aquac: program time {ResultTable.Ms(ResultTable.WorkMs(timing, startup[0]))} ms "
            + $"(whole process {ResultTable.Ms(timing.MedianMs)} ms minus start-up {ResultTable.Ms(startup[0].MedianMs)} ms, medians of {options.Runs} run(s))");
    }
}

if (failed) log.WriteLine("*** FAILED: at least one program did not compile or did not print its expected output (see above)");
return failed ? 1 : 0;

// The available sides' commands for one program each (in the order of `sides`); null files are skipped.
List<(int Side, Contender Contender)> Contenders(string?[] files, string expected) =>
    sides.Select((side, i) => (i, side, file: files[i]))
        .Where(x => x.side.Available && x.file is not null)
        .Select(x => (x.i, new Contender(x.side.Label, x.side.Run(x.file!, BenchSuite.Directory), expected)))
        .ToList();

// Round-robin over the contenders; the result has one timing per side (n/a for the missing ones).
Timing[] Measure(string benchmark, List<(int Side, Contender Contender)> contenders, int runs)
{
    var measured = RoundRobin.Measure(contenders.Select(c => c.Contender).ToList(), runs, benchmark, log);
    var timings = sides.Select(_ => Timing.NotAvailable).ToArray();
    for (int k = 0; k < contenders.Count; k++) timings[contenders[k].Side] = measured[k];
    failed |= measured.Any(t => t.Failure is not null);
    return timings;
}

string? Compile(string name, Func<string> compile)
{
    try
    {
        return compile();
    }
    catch (DiagnosticException e)
    {
        log.WriteLine($"*** COMPILE ERROR: {name}: {e.Message}");
        failed = true;
        return null;
    }
}

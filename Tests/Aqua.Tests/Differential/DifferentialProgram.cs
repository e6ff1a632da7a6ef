using System.Text;
using System.Text.Json;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;

namespace Aqua.Tests.Differential;

/// <summary>
/// One expression to evaluate on both sides. <see cref="Python"/> replaces the text given to
/// CPython where the contract (ACODE.md 6) makes the same expression mean something else in
/// AquaScript, e.g. <c>type(x)</c> returns the type's name (2.10).
/// </summary>
public sealed record DiffCase(string Expression, string? Python = null)
{
    public string PythonExpression => Python ?? Expression;

    public static implicit operator DiffCase(string expression) => new(expression);
}

/// <summary>
/// Builds the two programs of the differential test: one AquaScript module and one Python script,
/// which both print, for every case i, a marker line <c>@@ i</c> and then either the value
/// (<c>print(EXPR)</c>) or <c>error TypeName</c>.
/// </summary>
public static class DifferentialProgram
{
    /// <summary>The runtime error types of ACODE.md 6.7 (and OverflowError), each caught by name.</summary>
    public static readonly string[] ErrorTypes =
    [
        "ZeroDivisionError", "IndexError", "KeyError", "TypeError", "ValueError", "AttributeError",
        "NameError", "OverflowError", "RecursionError",
    ];

    public const string Marker = "@@";

    /// <summary>
    /// For each case: <c>print("@@", i)</c>, then
    /// <c>try { print(EXPR) } catch ZeroDivisionError as e { print("error", "ZeroDivisionError") } … catch e { print("error", "other") }</c>,
    /// laid out as the original compiler writes try/catch (ACODE.md 4.4).
    /// </summary>
    public static AcodeModule BuildModule(IReadOnlyList<DiffCase> cases)
    {
        var module = new AcodeBuilder();
        return module.Build("differential.acode", main =>
        {
            for (int i = 0; i < cases.Count; i++)
            {
                var expr = ExpressionCompiler.Parse(cases[i].Expression);
                main.Print(c => c.Const(Marker), c => c.Const((long)i));

                main.Op(Opcode.TryBegin);
                main.Print(expr.Emit);
                main.Op(Opcode.TryEnd);
                foreach (var type in ErrorTypes)
                {
                    main.Op(Opcode.CatchBegin, module.Constant(type)).Store("e");
                    main.Print(c => c.Const("error"), c => c.Const(type));
                    main.Op(Opcode.CatchEnd);
                }
                main.Op(Opcode.CatchBegin).Store("e");
                main.Print(c => c.Const("error"), c => c.Const("other"));
                main.Op(Opcode.CatchEnd);
            }
            main.Halt();
        });
    }

    /// <summary>The Python side: reads the case expressions as a JSON array from stdin.</summary>
    public static string PythonScript() =>
        $$"""
        import json, sys
        KNOWN = {{{string.Join(", ", ErrorTypes.Select(t => $"'{t}'"))}}}
        for i, src in enumerate(json.load(sys.stdin)):
            print('{{Marker}}', i)
            try:
                code = compile(src, f'<case {i}>', 'eval')
            except SyntaxError as e:
                print('python-syntax-error', e.msg)
                continue
            try:
                print(eval(code, {}))
            except Exception as e:
                name = type(e).__name__
                print('error', name if name in KNOWN else 'other')
        """;

    public static string PythonInput(IReadOnlyList<DiffCase> cases) =>
        JsonSerializer.Serialize(cases.Select(c => c.PythonExpression).ToArray());

    /// <summary>
    /// Splits an output at the marker lines: case index → the lines it printed, joined by newlines
    /// (<c>(nothing)</c> when it printed no line at all).
    /// </summary>
    public static Dictionary<int, string> SplitByCase(string output)
    {
        var result = new Dictionary<int, string>();
        string text = output.Replace("\r\n", "\n");
        if (text.EndsWith('\n')) text = text[..^1];
        int current = -1;
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(Marker + " ", StringComparison.Ordinal)
                && int.TryParse(line.AsSpan(Marker.Length + 1), out int next))
            {
                Flush();
                current = next;
            }
            else
            {
                lines.Add(line);
            }
        }
        Flush();
        return result;

        void Flush()
        {
            if (current >= 0) result[current] = lines.Count == 0 ? "(nothing)" : string.Join("\n", lines);
            lines.Clear();
        }
    }
}

using System.Text;

namespace Aqua.Compiler.Emit;

/// <summary>
/// Writes indented C# with '\n' newlines and remembers, for every line, which code unit and
/// instruction it came from, so an error in the generated code can name its source.
/// </summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceOrigin?> _origins = new();
    private int _indent;

    public int Indent => _indent;

    public void Line(string text = "", SourceOrigin? origin = null)
    {
        if (text.Length > 0) _text.Append(' ', _indent * 4).Append(text);
        _text.Append('\n');
        _origins.Add(origin);
    }

    public void Open(string header, SourceOrigin? origin = null)
    {
        Line(header, origin);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public string Text => _text.ToString();

    /// <summary>Origin of each line (index 0 is line 1).</summary>
    public IReadOnlyList<SourceOrigin?> Origins => _origins;
}

/// <summary>Where a generated line came from: a code unit ("main" or a function name) and an instruction.</summary>
public sealed record SourceOrigin(string Unit, int Instruction);

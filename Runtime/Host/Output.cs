using System.Text;

namespace Aqua.Runtime;

/// <summary>
/// The program's buffered stdout (ACODE.md 2.11, 6.9): UTF-8 without BOM, "\n" line ends, flushed
/// at exit and before an error report. Host.Run installs the writer; print writes here.
/// </summary>
public static class Output
{
    private static TextWriter? _writer;

    /// <summary>The current writer; by default a buffered UTF-8 writer on the process's stdout.</summary>
    public static TextWriter Writer
    {
        get => _writer ??= CreateConsoleWriter(StandardStream.Open(1));
        set => _writer = value;
    }

    public static void Write(string text) => Writer.Write(text);

    /// <summary>The text and "\n" (never the platform's NewLine).</summary>
    public static void WriteLine(string text)
    {
        TextWriter w = Writer;
        w.Write(text);
        w.Write('\n');
    }

    public static void Flush() => _writer?.Flush();

    /// <summary>A large-buffer UTF-8 (no BOM) writer with "\n" newlines.</summary>
    public static TextWriter CreateConsoleWriter(Stream stream) =>
        new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16)
        {
            AutoFlush = false,
            NewLine = "\n",
        };
}

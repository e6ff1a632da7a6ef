namespace Aqua.Compiler.Bytecode;

/// <summary>
/// A section's text is not JSON of the dialect ACODE.md 1.2 allows. <see cref="Offset"/> is the
/// absolute byte offset in the file, so the reader can name it in its diagnostic (ACODE.md 6.1).
/// </summary>
public sealed class JsonSyntaxException(string reason, int offset)
    : Exception($"byte {offset}: {reason}")
{
    /// <summary>What is wrong, in lower case, without the position.</summary>
    public string Reason { get; } = reason;

    public int Offset { get; } = offset;
}

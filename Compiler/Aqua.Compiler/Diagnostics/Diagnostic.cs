namespace Aqua.Compiler.Diagnostics;

/// <summary>
/// A problem found in the input, with where it is: the file, the part of it (a section or a
/// function) and, where known, the instruction index or byte offset. Stages return these as
/// values; only the CLI prints them.
/// </summary>
public sealed record Diagnostic(string File, string Where, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Where) ? $"{File}: error: {Message}" : $"{File}: {Where}: error: {Message}";
}

/// <summary>Raised inside a stage to abandon it with one diagnostic; caught at the stage boundary.</summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

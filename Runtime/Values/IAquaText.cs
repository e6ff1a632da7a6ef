namespace Aqua.Runtime;

/// <summary>
/// str() and repr() of a runtime object that is not a built-in value kind; the deterministic
/// forms of ACODE.md 6.5 (<c>&lt;C object&gt;</c>, <c>&lt;class 'C'&gt;</c>, <c>&lt;module 'math'&gt;</c>).
/// </summary>
public interface IAquaText
{
    string Str();
    string Repr();
}

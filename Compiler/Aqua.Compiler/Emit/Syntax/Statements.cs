using System.Collections.Immutable;

namespace Aqua.Compiler.Emit.Syntax;

/// <summary>
/// The small statement tree the structurer builds and the cleanup passes rewrite before it is
/// printed as C#. Expressions are already C# text: only control flow is modelled.
/// </summary>
public abstract record Stmt;

/// <summary>A simple C# statement (ends with ';'), produced by instruction <see cref="Instruction"/>.</summary>
public sealed record CodeStmt(string Text, int Instruction) : Stmt;

public sealed record LabelStmt(string Label) : Stmt;

public sealed record GotoStmt(string Label) : Stmt;

public sealed record BreakStmt : Stmt
{
    public static readonly BreakStmt Instance = new();
}

public sealed record ContinueStmt : Stmt
{
    public static readonly ContinueStmt Instance = new();
}

/// <summary>`return;` or `return expr;`, or any statement that never completes (throw).</summary>
public sealed record ExitStmt(string Text, int Instruction) : Stmt;

/// <summary>A condition: a C# boolean expression that is a method call, so `!` needs no parentheses.</summary>
public sealed record Condition(string Expression, bool Negated, int Instruction)
{
    public Condition Negate() => this with { Negated = !Negated };

    public override string ToString() =>
        !Negated ? Expression : Expression.Contains("&&", StringComparison.Ordinal) ? $"!({Expression})" : "!" + Expression;
}

public sealed record IfStmt(Condition Condition, ImmutableArray<Stmt> Then, ImmutableArray<Stmt> Else) : Stmt;

/// <summary>`while (true)` with an optional label (for gotos that continue an outer loop),
/// or `while (cond)` once <see cref="Passes.LoopConditionPass"/> has found the condition.</summary>
public sealed record LoopStmt(string? Label, Condition? Condition, ImmutableArray<Stmt> Body) : Stmt;

/// <summary>One catch clause: untyped when <see cref="TypeName"/> is null.</summary>
public sealed record CatchClause(string? TypeName, ImmutableArray<Stmt> Body);

/// <summary>A try construct; the exception variable of its clauses is <c>e{ConstructId}</c>.</summary>
public sealed record TryStmt(
    int ConstructId,
    ImmutableArray<Stmt> Body,
    ImmutableArray<CatchClause> Catches,
    ImmutableArray<Stmt>? Finally) : Stmt
{
    /// <summary>Every statement list inside, for passes that only recurse.</summary>
    public TryStmt Map(Func<ImmutableArray<Stmt>, ImmutableArray<Stmt>> rewrite) => this with
    {
        Body = rewrite(Body),
        Catches = Catches.Select(c => c with { Body = rewrite(c.Body) }).ToImmutableArray(),
        Finally = Finally is { } f ? rewrite(f) : null,
    };

    public IEnumerable<ImmutableArray<Stmt>> Lists =>
        new[] { Body }.Concat(Catches.Select(c => c.Body)).Concat(Finally is { } f ? [f] : []);
}

public static class StmtFacts
{
    /// <summary>Does control never reach the end of this statement list?</summary>
    public static bool EndsWithJump(IReadOnlyList<Stmt> list) => list.Count > 0 && IsJump(list[^1]);

    public static bool IsJump(Stmt s) => s switch
    {
        GotoStmt or BreakStmt or ContinueStmt or ExitStmt => true,
        IfStmt i => EndsWithJump(i.Then) && EndsWithJump(i.Else),
        LoopStmt { Condition: null } l => !ContainsBreak(l.Body),
        _ => false,
    };

    /// <summary>Does the list contain a `break` that leaves the loop owning the list?</summary>
    public static bool ContainsBreak(IEnumerable<Stmt> list) => list.Any(s => s switch
    {
        BreakStmt => true,
        IfStmt i => ContainsBreak(i.Then) || ContainsBreak(i.Else),
        TryStmt t => t.Lists.Any(l => ContainsBreak(l)),
        _ => false, // a nested loop owns its own breaks
    });

    /// <summary>Number of statements, counting nested ones; used to put the shorter branch first.</summary>
    public static int Size(IEnumerable<Stmt> list) => list.Sum(s => s switch
    {
        IfStmt i => 1 + Size(i.Then) + Size(i.Else),
        LoopStmt l => 1 + Size(l.Body),
        TryStmt t => 1 + t.Lists.Sum(l => Size(l)),
        _ => 1,
    });
}

using System.Globalization;
using System.Numerics;
using System.Text;
using Aqua.Compiler.Bytecode;
using Aqua.Tests.TestSupport;

namespace Aqua.Tests.Differential;

/// <summary>
/// Compiles a subset of Python expression syntax to AquaScript bytecode, emitting what the
/// original AquaScript compiler writes for the same meaning (ACODE.md 4.4), so that the result
/// printed by aquac can be compared with CPython evaluating the very same text.
/// </summary>
/// <remarks>
/// Supported, with Python's precedence: int/float/str literals (single or double quotes, the
/// escapes <c>\\ \' \" \n \r \t \0 \xhh \uhhhh \Uhhhhhhhh</c>), <c>True False None</c>, lists,
/// tuples (<c>()</c>, <c>(x,)</c>), dicts, calls of the builtins below, method calls
/// <c>x.m(args)</c>, indexing <c>x[i]</c>, <c>+ - * / % **</c>, one comparison
/// <c>== != &lt; &gt; &lt;= &gt;= in</c>, <c>not and or</c>, parentheses, and unary minus on a numeric
/// literal (emitted as the negated constant).
/// <para>Rejected, because the bytecode cannot say it with Python's meaning:</para>
/// <list type="bullet">
/// <item>unary minus on anything but a literal: AquaScript's <c>-x</c> is <c>0 - x</c> (ACODE.md
/// 6.10), which loses <c>-0.0</c> and binds tighter than <c>**</c>; a literal <c>-0.0</c> too,
/// because the constant pool merges it with <c>0.0</c> (they are equal);</item>
/// <item>comparison chains (<c>a &lt; b &lt; c</c> is <c>(a &lt; b) &lt; c</c> in AquaScript), <c>not in</c>,
/// <c>is</c>, <c>//</c>, unary <c>+</c>, slices, keyword arguments, names other than builtins.</item>
/// </list>
/// Two emissions differ from a literal reading of the bytecode and are deliberate:
/// <list type="bullet">
/// <item><c>and</c>/<c>or</c> evaluate both sides (ACODE.md 6.10), as the original compiler
/// writes them; a case must only use operands that cannot fail, so the value equals Python's.</item>
/// <item>A dict literal's pairs are emitted in <b>reverse</b> source order. BUILD_DICT inserts from
/// the last pair down (ACODE.md 2.6), so reversing makes it insert in source order, which is what
/// Python does: same key order, and for equal keys (<c>1</c>, <c>1.0</c>, <c>True</c>) the first key
/// object with the last value. The original compiler emits source order; a case's dict must
/// therefore have at most one sub-expression that can fail (evaluation order differs).</item>
/// </list>
/// The builder's constant pool keeps <c>1</c>, <c>1.0</c> and <c>True</c> apart, unlike the original
/// compiler's (ACODE.md 6.10 "merged constants"), so each literal loads its own type.
/// </remarks>
public static class ExpressionCompiler
{
    public static readonly IReadOnlySet<string> Builtins = new HashSet<string>
    {
        "print", "str", "int", "float", "bool", "len", "range", "type", "abs", "min", "max", "sum", "round",
    };

    /// <summary>Parses <paramref name="source"/>; throws <see cref="ExpressionSyntaxException"/> for anything outside the subset.</summary>
    public static Expr Parse(string source) => new Parser(source).ParseAll();

    /// <summary>Emits the code that leaves the value of <paramref name="source"/> on the stack.</summary>
    public static void Emit(CodeBuilder code, string source) => Parse(source).Emit(code);

    // ---- syntax tree -------------------------------------------------------------------------

    public abstract record Expr
    {
        public abstract void Emit(CodeBuilder code);
    }

    /// <summary>A constant: long, BigInteger, double, string, bool or null.</summary>
    public sealed record Literal(object? Value) : Expr
    {
        public override void Emit(CodeBuilder code) => code.Const(Value);
    }

    public sealed record ListExpr(IReadOnlyList<Expr> Items) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            foreach (var e in Items) e.Emit(code);
            code.Op(Opcode.BuildList, Items.Count);
        }
    }

    public sealed record TupleExpr(IReadOnlyList<Expr> Items) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            foreach (var e in Items) e.Emit(code);
            code.Op(Opcode.BuildTuple, Items.Count);
        }
    }

    public sealed record DictExpr(IReadOnlyList<(Expr Key, Expr Value)> Pairs) : Expr
    {
        // Reverse source order: BUILD_DICT inserts from the last pair down (see the class remarks).
        public override void Emit(CodeBuilder code)
        {
            for (int i = Pairs.Count - 1; i >= 0; i--)
            {
                Pairs[i].Key.Emit(code);
                Pairs[i].Value.Emit(code);
            }
            code.Op(Opcode.BuildDict, Pairs.Count);
        }
    }

    /// <summary>A builtin called by name: <c>LOAD_CONST "name" ⟦args⟧ CALL n</c>.</summary>
    public sealed record BuiltinCall(string Name, IReadOnlyList<Expr> Args) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            code.Const(Name);
            foreach (var a in Args) a.Emit(code);
            code.Call(Args.Count);
        }
    }

    /// <summary><c>⟦obj⟧ ⟦args⟧ CALL_METHOD (argc&lt;&lt;16)|name</c>.</summary>
    public sealed record MethodCall(Expr Target, string Name, IReadOnlyList<Expr> Args) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            Target.Emit(code);
            foreach (var a in Args) a.Emit(code);
            code.CallMethod(Name, Args.Count);
        }
    }

    public sealed record IndexExpr(Expr Target, Expr Index) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            Target.Emit(code);
            Index.Emit(code);
            code.Op(Opcode.GetItem);
        }
    }

    public sealed record Binary(Opcode Op, Expr Left, Expr Right) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            Left.Emit(code);
            Right.Emit(code);
            code.Op(Op);
        }
    }

    public sealed record NotExpr(Expr Operand) : Expr
    {
        public override void Emit(CodeBuilder code)
        {
            Operand.Emit(code);
            code.Op(Opcode.Not);
        }
    }

    // ---- tokens ------------------------------------------------------------------------------

    private enum TokenKind { Number, String, Name, Op, End }

    private readonly record struct Token(TokenKind Kind, string Text, object? Value, int Position);

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == ' ') { i++; continue; }
            int start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                tokens.Add(ReadNumber(s, ref i));
            }
            else if (c == '"' || c == '\'')
            {
                tokens.Add(new Token(TokenKind.String, s[start..], ReadString(s, ref i), start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Name, s[start..i], null, start));
            }
            else
            {
                string[] ops = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">",
                    "(", ")", "[", "]", "{", "}", ",", ":", "."];
                string? op = ops.FirstOrDefault(o => string.CompareOrdinal(s, i, o, 0, o.Length) == 0);
                if (op is null) throw Error(s, i, $"unexpected character '{c}'");
                i += op.Length;
                tokens.Add(new Token(TokenKind.Op, op, null, start));
            }
        }
        tokens.Add(new Token(TokenKind.End, "<end>", null, s.Length));
        return tokens;
    }

    private static Token ReadNumber(string s, ref int i)
    {
        int start = i;
        bool isFloat = false;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) i++;
        if (i < s.Length && s[i] == '.')
        {
            isFloat = true;
            i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) i++;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            isFloat = true;
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            if (i >= s.Length || !char.IsAsciiDigit(s[i])) throw Error(s, i, "bad exponent");
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        if (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] == '_'))
            throw Error(s, i, "unsupported number syntax (hex, octal, complex, …)");
        string text = s[start..i];
        string digits = text.Replace("_", "");
        if (isFloat)
            return new Token(TokenKind.Number, text, double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture), start);
        if (digits.Length > 1 && digits[0] == '0' && digits.Any(d => d != '0'))
            throw Error(s, start, "leading zeros in an int literal");
        return new Token(TokenKind.Number, text, Normalize(BigInteger.Parse(digits, CultureInfo.InvariantCulture)), start);
    }

    private static string ReadString(string s, ref int i)
    {
        char quote = s[i++];
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= s.Length) throw Error(s, i, "unterminated string");
            char c = s[i++];
            if (c == quote) break;
            if (c != '\\') { sb.Append(c); continue; }
            if (i >= s.Length) throw Error(s, i, "unterminated escape");
            char e = s[i++];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '0': sb.Append('\0'); break;
                case 'x': sb.Append(HexEscape(s, ref i, 2)); break;
                case 'u': sb.Append(HexEscape(s, ref i, 4)); break;
                case 'U': sb.Append(HexEscape(s, ref i, 8)); break;
                default: throw Error(s, i - 2, $"unsupported escape '\\{e}'");
            }
        }
        if (i < s.Length && (s[i] == '"' || s[i] == '\''))
            throw Error(s, i, "adjacent string literals are not supported");
        return sb.ToString();
    }

    private static string HexEscape(string s, ref int i, int length)
    {
        if (i + length > s.Length) throw Error(s, i, "short hex escape");
        int cp = int.Parse(s.AsSpan(i, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        i += length;
        if (cp is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
            throw Error(s, i, "surrogate or out-of-range code point (not representable in both runtimes)");
        return char.ConvertFromUtf32(cp);
    }

    private static object Normalize(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? (long)v : v;

    private static ExpressionSyntaxException Error(string source, int position, string message) =>
        new($"{message} at {position} in `{source}`");

    // ---- parser (Python's grammar, restricted) -----------------------------------------------

    private sealed class Parser(string source)
    {
        private readonly List<Token> _tokens = Tokenize(source);
        private int _pos;

        private Token Peek => _tokens[_pos];

        public Expr ParseAll()
        {
            var e = ParseOr();
            if (Peek.Kind != TokenKind.End) throw Fail($"unexpected '{Peek.Text}'");
            return e;
        }

        private bool IsOp(string op) => Peek.Kind == TokenKind.Op && Peek.Text == op;

        private bool IsKeyword(string word) => Peek.Kind == TokenKind.Name && Peek.Text == word;

        private bool Accept(string op)
        {
            if (!IsOp(op)) return false;
            _pos++;
            return true;
        }

        private void Expect(string op)
        {
            if (!Accept(op)) throw Fail($"expected '{op}', found '{Peek.Text}'");
        }

        private ExpressionSyntaxException Fail(string message) => Error(source, Peek.Position, message);

        // or_test: and_test ('or' and_test)*
        private Expr ParseOr()
        {
            var left = ParseAnd();
            while (IsKeyword("or"))
            {
                _pos++;
                left = new Binary(Opcode.Or, left, ParseAnd());
            }
            return left;
        }

        // and_test: not_test ('and' not_test)*
        private Expr ParseAnd()
        {
            var left = ParseNot();
            while (IsKeyword("and"))
            {
                _pos++;
                left = new Binary(Opcode.And, left, ParseNot());
            }
            return left;
        }

        // not_test: 'not' not_test | comparison
        private Expr ParseNot()
        {
            if (!IsKeyword("not")) return ParseComparison();
            _pos++;
            return new NotExpr(ParseNot());
        }

        // comparison: arith [comp_op arith]   (one operator: no chains, no 'not in', no 'is')
        private Expr ParseComparison()
        {
            var left = ParseArith();
            var op = ComparisonOp();
            if (op is null) return left;
            _pos++;
            var result = new Binary(op.Value, left, ParseArith());
            if (ComparisonOp() is not null || IsKeyword("not") || IsKeyword("is"))
                throw Fail("comparison chains are not supported (AquaScript reads a<b<c as (a<b)<c)");
            return result;
        }

        private Opcode? ComparisonOp()
        {
            if (IsKeyword("is")) throw Fail("'is' is not supported");
            if (IsKeyword("not")) throw Fail("'not in' is not supported");
            if (IsKeyword("in")) return Opcode.In;
            if (Peek.Kind != TokenKind.Op) return null;
            return Peek.Text switch
            {
                "==" => Opcode.Eq,
                "!=" => Opcode.Ne,
                "<" => Opcode.Lt,
                ">" => Opcode.Gt,
                "<=" => Opcode.Le,
                ">=" => Opcode.Ge,
                _ => null,
            };
        }

        // arith_expr: term (('+'|'-') term)*
        private Expr ParseArith()
        {
            var left = ParseTerm();
            while (true)
            {
                if (Accept("+")) left = new Binary(Opcode.Add, left, ParseTerm());
                else if (Accept("-")) left = new Binary(Opcode.Sub, left, ParseTerm());
                else return left;
            }
        }

        // term: factor (('*'|'/'|'%') factor)*
        private Expr ParseTerm()
        {
            var left = ParseFactor();
            while (true)
            {
                if (IsOp("//")) throw Fail("'//' is not in AquaScript");
                if (Accept("*")) left = new Binary(Opcode.Mul, left, ParseFactor());
                else if (Accept("/")) left = new Binary(Opcode.Div, left, ParseFactor());
                else if (Accept("%")) left = new Binary(Opcode.Mod, left, ParseFactor());
                else return left;
            }
        }

        // factor: '-' factor | power    ('-' only when the operand is a numeric literal)
        private Expr ParseFactor()
        {
            if (IsOp("+")) throw Fail("unary '+' is not supported");
            if (!IsOp("-")) return ParsePower();
            _pos++;
            var operand = ParseFactor();
            return operand switch
            {
                Literal { Value: long v } => new Literal(Normalize(-(BigInteger)v)),
                Literal { Value: BigInteger v } => new Literal(Normalize(-v)),
                Literal { Value: double d } when d == 0 => throw Fail(
                    "a literal -0.0 merges with 0.0 in the constant pool; write 0.0 * -1"),
                Literal { Value: double d } => new Literal(-d),
                _ => throw Fail("unary minus is only supported on a numeric literal (AquaScript's -x is 0 - x)"),
            };
        }

        // power: primary ['**' factor]
        private Expr ParsePower()
        {
            var left = ParsePrimary();
            return Accept("**") ? new Binary(Opcode.Pow, left, ParseFactor()) : left;
        }

        // primary: atom trailer*
        private Expr ParsePrimary()
        {
            var e = ParseAtom();
            while (true)
            {
                if (Accept("["))
                {
                    var index = ParseOr();
                    if (IsOp(":")) throw Fail("slices are not in AquaScript");
                    Expect("]");
                    e = new IndexExpr(e, index);
                }
                else if (Accept("."))
                {
                    if (Peek.Kind != TokenKind.Name) throw Fail("expected a method name");
                    string name = _tokens[_pos++].Text;
                    if (!IsOp("(")) throw Fail("attributes are not supported, only method calls");
                    _pos++;
                    e = new MethodCall(e, name, ParseArguments());
                }
                else if (IsOp("("))
                {
                    throw Fail("only builtins can be called");
                }
                else
                {
                    return e;
                }
            }
        }

        private List<Expr> ParseArguments()
        {
            var args = new List<Expr>();
            while (!Accept(")"))
            {
                args.Add(ParseOr());
                if (!IsOp(")")) Expect(",");
            }
            return args;
        }

        private Expr ParseAtom()
        {
            var t = Peek;
            switch (t.Kind)
            {
                case TokenKind.Number:
                case TokenKind.String:
                    _pos++;
                    return new Literal(t.Value);
                case TokenKind.Name:
                    _pos++;
                    switch (t.Text)
                    {
                        case "True": return new Literal(true);
                        case "False": return new Literal(false);
                        case "None": return new Literal(null);
                    }
                    if (!Builtins.Contains(t.Text)) throw Error(source, t.Position, $"unsupported name '{t.Text}'");
                    if (!Accept("(")) throw Error(source, t.Position, $"builtin '{t.Text}' used as a value");
                    return new BuiltinCall(t.Text, ParseArguments());
                case TokenKind.Op when t.Text == "(":
                {
                    _pos++;
                    if (Accept(")")) return new TupleExpr([]);
                    var first = ParseOr();
                    if (Accept(")")) return first;
                    var items = new List<Expr> { first };
                    while (Accept(","))
                    {
                        if (IsOp(")")) break;
                        items.Add(ParseOr());
                    }
                    Expect(")");
                    return new TupleExpr(items);
                }
                case TokenKind.Op when t.Text == "[":
                {
                    _pos++;
                    var items = new List<Expr>();
                    while (!Accept("]"))
                    {
                        items.Add(ParseOr());
                        if (IsKeyword("for")) throw Fail("comprehensions are not supported");
                        if (!IsOp("]")) Expect(",");
                    }
                    return new ListExpr(items);
                }
                case TokenKind.Op when t.Text == "{":
                {
                    _pos++;
                    var pairs = new List<(Expr, Expr)>();
                    while (!Accept("}"))
                    {
                        var key = ParseOr();
                        if (!IsOp(":")) throw Fail("sets are not in AquaScript");
                        _pos++;
                        pairs.Add((key, ParseOr()));
                        if (!IsOp("}")) Expect(",");
                    }
                    return new DictExpr(pairs);
                }
                default:
                    throw Fail($"unexpected '{t.Text}'");
            }
        }
    }
}

/// <summary>An expression outside the subset <see cref="ExpressionCompiler"/> accepts (a bad test case).</summary>
public sealed class ExpressionSyntaxException(string message) : Exception(message);

using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>
/// str methods (ACODE.md 6.6). The cases of <see cref="MatchCPython"/> were produced by CPython
/// 3.11 (the expected text is its repr of the result); positions are code-point indices.
/// </summary>
public class StrMethodsTests
{
    private static void Check(string expectedRepr, Value s, string method, params Value[] args) =>
        Assert.Equal(expectedRepr, Repr(Method(s, method, args)));

    [Fact]
    public void MatchCPython()
    {
        Check("'HELLO WORLD'", S("Hello World"), "upper");
        Check("'hello world'", S("Hello World"), "lower");
        Check("'STRASSE'", S("stra\u00dfe"), "upper");
        Check("'\u03b1\u03c2 \u03bf\u03b4\u03bf\u03c2'", S("\u0391\u03a3 \u039f\u0394\u039f\u03a3"), "lower");
        Check("'i\u0307'", S("\u0130"), "lower");
        Check("'FIX'", S("\ufb01x"), "upper");
        Check("'I'", S("\u0131"), "upper");
        Check("'\U00010400'", S("\U00010428"), "upper");
        Check("\"They'Re Bill'S Friends\"", S("they're bill's friends"), "title");
        Check("'Hello World'", S("hELLO wORLD"), "title");
        Check("'\u01c5emal'", S("\u01c6emal"), "title");
        Check("'Ssa'", S("\u00dfa"), "title");
        Check("'Hello world'", S("hELLO wORLD"), "capitalize");
        Check("'\u01c5a'", S("\u01c6a"), "capitalize");
        Check("''", S(""), "capitalize");
        Check("'123abc'", S("123abc"), "capitalize");
        Check("'hi'", S("  \t hi \n"), "strip");
        Check("'hi'", S("xxhixx"), "strip", S("x"));
        Check("'c'", S("abcba"), "strip", S("ab"));
        Check("'hi  '", S("  hi  "), "lstrip");
        Check("'  hi'", S("  hi  "), "rstrip");
        Check("'hi'", S("\U0001f600hi\U0001f600"), "strip", S("\U0001f600"));
        Check("'hi'", S("\u001chi\u001f"), "strip");
        Check("'hi'", S("hi"), "strip", None);
        Check("['a', 'b', 'c']", S("a b  c"), "split");
        Check("['a', 'b', 'c']", S("  a b  c  "), "split");
        Check("['a', 'b  c  ']", S("  a b  c  "), "split", None, I(1));
        Check("['a', 'b', '', 'c']", S("a,b,,c"), "split", S(","));
        Check("['a', 'b', ',c']", S("a,b,,c"), "split", S(","), I(2));
        Check("[]", S(""), "split");
        Check("['']", S(""), "split", S(","));
        Check("['a', 'b', 'c']", S("a--b--c"), "split", S("--"));
        Check("['a b c']", S("a b c"), "split", None, I(0));
        Check("['abc']", S("abc"), "split", None, I(-1));
        Check("['a', 'b']", S("a\u3000b"), "split");
        Check("'a,b,c'", S(","), "join", L(S("a"), S("b"), S("c")));
        Check("'x'", S(""), "join", L(S("x")));
        Check("'a-b-c'", S("-"), "join", S("abc"));
        Check("''", S("-"), "join", L());
        Check("'bbb'", S("aaa"), "replace", S("a"), S("b"));
        Check("'bba'", S("aaa"), "replace", S("a"), S("b"), I(2));
        Check("'-a-b-c-'", S("abc"), "replace", S(""), S("-"));
        Check("'-a-bc'", S("abc"), "replace", S(""), S("-"), I(2));
        Check("'abc'", S("abc"), "replace", S("x"), S("y"));
        Check("'.a.\U0001f600.b.'", S("a\U0001f600b"), "replace", S(""), S("."));
        Check("'bb'", S("aaaa"), "replace", S("aa"), S("b"));
        Check("'abc'", S("abc"), "replace", S("b"), S(""), I(0));
        Check("True", S("hello"), "startswith", S("he"));
        Check("True", S("hello"), "startswith", S("lo"), I(3));
        Check("True", S("hello"), "startswith", T(S("x"), S("h")));
        Check("True", S("hello"), "endswith", S("lo"));
        Check("True", S("hello"), "endswith", S("hel"), I(0), I(3));
        Check("True", S("abc"), "startswith", S(""), I(3));
        Check("False", S("abc"), "startswith", S(""), I(4));
        Check("False", S("hello"), "endswith", T(S("a"), S("b")));
        Check("2", S("hello"), "find", S("l"));
        Check("3", S("hello"), "find", S("l"), I(3));
        Check("-1", S("hello"), "find", S("z"));
        Check("2", S("a\U0001f600b"), "find", S("b"));
        Check("5", S("hello"), "find", S(""), I(5));
        Check("-1", S("hello"), "find", S(""), I(6));
        Check("3", S("hello"), "find", S("l"), I(-2));
        Check("0", S("hello"), "find", S("h"), None, I(1));
        Check("3", S("\U0001f600a\U0001f600b"), "find", S("b"), I(2));
        Check("1", S("hello"), "index", S("e"));
        Check("3", S("banana"), "count", S("a"));
        Check("2", S("banana"), "count", S("an"));
        Check("7", S("banana"), "count", S(""));
        Check("2", S("aaaa"), "count", S("aa"));
        Check("1", S("banana"), "count", S("a"), I(2), I(4));
        Check("4", S("a\U0001f600\U0001f600"), "count", S(""));
        Check("0", S("abc"), "count", S(""), I(3), I(2));
        Check("True", S("123"), "isdigit");
        Check("False", S("12a"), "isdigit");
        Check("False", S(""), "isdigit");
        Check("True", S("\u00b2"), "isdigit");
        Check("True", S("\u0663"), "isdigit");
        Check("True", S("abc"), "isalpha");
        Check("False", S("ab1"), "isalpha");
        Check("True", S("\u00e9\u4e2d"), "isalpha");
        Check("False", S(""), "isalpha");
        Check("True", S(" \t\n"), "isspace");
        Check("False", S(""), "isspace");
        Check("False", S(" a"), "isspace");
        Check("True", S("\u001c"), "isspace");
    }

    [Fact]
    public void Errors()
    {
        Throws(ErrorType.TypeError, "str.upper() takes no arguments (1 given)", () => Method(S("a"), "upper", I(1)));
        Throws(ErrorType.TypeError, "str.isdigit() takes no arguments (1 given)", () => Method(S("a"), "isdigit", I(1)));
        Throws(ErrorType.TypeError, "strip arg must be None or str", () => Method(S("a"), "strip", I(1)));
        Throws(ErrorType.TypeError, "lstrip arg must be None or str", () => Method(S("a"), "lstrip", I(1)));
        Throws(ErrorType.TypeError, "strip expected at most 1 argument, got 2", () => Method(S("a"), "strip", I(1), I(2)));
        Throws(ErrorType.TypeError, "must be str or None, not int", () => Method(S("a"), "split", I(1)));
        Throws(ErrorType.ValueError, "empty separator", () => Method(S("a"), "split", S("")));
        Throws(ErrorType.TypeError, "'str' object cannot be interpreted as an integer", () => Method(S("a"), "split", S("a"), S("b")));
        Throws(ErrorType.TypeError, "split() takes at most 2 arguments (3 given)", () => Method(S("a"), "split", None, I(1), I(2)));
        Throws(ErrorType.TypeError, "str.join() takes exactly one argument (0 given)", () => Method(S("a"), "join"));
        Throws(ErrorType.TypeError, "can only join an iterable", () => Method(S("a"), "join", I(5)));
        Throws(ErrorType.TypeError, "sequence item 1: expected str instance, int found", () => Method(S("a"), "join", L(S("a"), I(2))));
        Throws(ErrorType.TypeError, "replace() argument 1 must be str, not int", () => Method(S("a"), "replace", I(1), S("a")));
        Throws(ErrorType.TypeError, "replace() argument 2 must be str, not int", () => Method(S("a"), "replace", S("a"), I(1)));
        Throws(ErrorType.TypeError, "replace expected at least 2 arguments, got 1", () => Method(S("a"), "replace", S("a")));
        Throws(ErrorType.TypeError, "'str' object cannot be interpreted as an integer", () => Method(S("a"), "replace", S("a"), S("b"), S("c")));
        Throws(ErrorType.TypeError, "startswith first arg must be str or a tuple of str, not int", () => Method(S("a"), "startswith", I(1)));
        Throws(ErrorType.TypeError, "endswith first arg must be str or a tuple of str, not int", () => Method(S("a"), "endswith", I(1)));
        Throws(ErrorType.TypeError, "startswith() takes at least 1 argument (0 given)", () => Method(S("a"), "startswith"));
        Throws(ErrorType.TypeError, "tuple for startswith must only contain str, not int", () => Method(S("a"), "startswith", T(I(1))));
        Throws(ErrorType.TypeError, "must be str, not int", () => Method(S("a"), "find", I(1)));
        Throws(ErrorType.TypeError, "find() takes at least 1 argument (0 given)", () => Method(S("a"), "find"));
        Throws(ErrorType.TypeError, "find() takes at most 3 arguments (4 given)", () => Method(S("a"), "find", S("a"), I(1), I(2), I(3)));
        Throws(ErrorType.TypeError, "slice indices must be integers or None or have an __index__ method", () => Method(S("a"), "find", S("a"), S("x")));
        Throws(ErrorType.ValueError, "substring not found", () => Method(S("a"), "index", S("b")));
        Throws(ErrorType.TypeError, "must be str, not int", () => Method(S("a"), "count", I(1)));
        Throws(ErrorType.AttributeError, "'str' object has no attribute 'foo'", () => Method(S("a"), "foo"));
    }
}

using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>Serialises the tests that touch the runtime's static state (function table, classes, output).</summary>
[CollectionDefinition("RuntimeStatics", DisableParallelization = true)]
public sealed class RuntimeStaticsCollection
{
}

/// <summary>CALL / CALL_METHOD resolution and arity (ACODE.md 2.5, 6.3), classes and attributes (2.12, 6.7).</summary>
[Collection("RuntimeStatics")]
public class CallsAndClassesTests
{
    public CallsAndClassesTests()
    {
        Functions.Reset();
        Classes.Reset();
        Imports.Reset();
    }

    private static Value MakePoint()
    {
        // class Point: func __init__(self, x, y): self.x = x; self.y = y
        //              func sum(self): return self.x + self.y
        Functions.Register("Point.__init__", 3, a =>
        {
            Attributes.Set(a[0], S("x"), a[1]);
            Attributes.Set(a[0], S("y"), a[2]);
            return I(99); // ignored: C(...) is always the instance (6.7)
        });
        Functions.Register("Point.sum", 1, a => Ops.Add(Attributes.Get(a[0], "x"), Attributes.Get(a[0], "y")));
        return Classes.Create(Items.BuildDict([S("__init__"), S("Point.__init__"), S("sum"), S("Point.sum")]), "Point");
    }

    [Fact]
    public void CallByNameResolvesFunctions()
    {
        Functions.Register("add", 2, a => Ops.Add(a[0], a[1]));
        Assert.Equal("5", Repr(Calls.Call(S("add"), [I(2), I(3)])));
        Assert.Equal("5", Repr(Calls.CallFunction("add", [I(2), I(3)])));
        Assert.True(Functions.TryGet("add", out FunctionEntry? entry));
        Assert.Equal(2, entry.Arity);
    }

    [Fact]
    public void LastRegistrationWins()
    {
        // ACODE.md B27: func f(): return 1 … func f(): return 2 → every call gives 2
        Functions.Register("f", 0, _ => I(1));
        Functions.Register("f", 0, _ => I(2));
        Assert.Equal("2", Repr(Calls.CallFunction("f", [])));
    }

    [Fact]
    public void BuiltinsShadowFunctionsAndClassesShadowBuiltins()
    {
        // 6.3: class registry, then builtins, then the function table.
        Functions.Register("max", 2, _ => S("user max"));
        Assert.Equal("2", Repr(Calls.CallFunction("max", [I(1), I(2)])));  // B15
        Functions.Register("len.__init__", 1, _ => None);
        Classes.Create(Items.BuildDict([]), "len");
        Assert.Equal("<len object>", Text.Str(Calls.CallFunction("len", [])));
    }

    [Fact]
    public void AnyStringIsCallableByName()
    {
        var output = new StringWriter();
        Output.Writer = output;
        Calls.Call(S("print"), [S("x")]);   // f = "print"; f("x") prints x
        Assert.Equal("x\n", output.ToString());
    }

    [Fact]
    public void UnknownNameAndNonCallables()
    {
        Throws(ErrorType.NameError, "Function 'foo' not found", () => Calls.Call(S("foo"), []));
        Throws(ErrorType.TypeError, "'NoneType' object is not callable", () => Calls.Call(None, []));
        Throws(ErrorType.TypeError, "'int' object is not callable", () => Calls.Call(I(5), [I(1)]));
        Throws(ErrorType.TypeError, "'list' object is not callable", () => Calls.Call(L(), []));
    }

    [Fact]
    public void ArityIsChecked()
    {
        Functions.Register("f", 2, _ => None);
        Throws(ErrorType.TypeError, "Function 'f' takes 2 arguments but 1 were given", () => Calls.Call(S("f"), [I(1)]));
        Throws(ErrorType.TypeError, "Function 'f' takes 2 arguments but 3 were given", () => Calls.CallFunction("f", [I(1), I(2), I(3)]));
        Assert.Equal("Function 'g' takes 0 arguments but 2 were given", Calls.ArityError("g", 0, 2).Message);
        Assert.Equal(ErrorType.TypeError, Calls.ArityError("g", 0, 2).Type);
    }

    [Fact]
    public void ClassesInstancesMethodsAttributes()
    {
        Value cls = MakePoint();
        Assert.Equal("<class 'Point'>", Text.Str(cls));
        Assert.Equal("'AquaClass'", Repr(Builtins.Type([cls])));
        Assert.Equal("'Point'", Repr(Attributes.Get(cls, "name")));  // a class object's .name

        Value p = Calls.Call(S("Point"), [I(3), I(4)]);
        Assert.Equal("<Point object>", Text.Str(p));
        Assert.Equal("[<Point object>]", Repr(L(p)));
        Assert.Equal("'AquaObject'", Repr(Builtins.Type([p])));
        Assert.Equal("3", Repr(Attributes.Get(p, "x")));
        Assert.Equal("7", Repr(Calls.CallMethod(p, "sum", [])));
        Attributes.Set(p, S("x"), I(10));
        Assert.Equal("14", Repr(Calls.CallMethod(p, "sum", [])));

        Value q = Calls.Call(cls, [I(1), I(1)]);                   // through the class object
        Assert.Equal("2", Repr(Calls.CallMethod(q, "sum", [])));
        Assert.False(Ops.IsEqual(p, q));                           // equality is identity
        Assert.True(Ops.IsEqual(p, p));
        Assert.True(Ops.Truthy(p));
        Assert.Equal("2", Repr(Calls.CallMethod(cls, "sum", [q])));  // Point.sum(q)
    }

    [Fact]
    public void ClassErrors()
    {
        Value cls = MakePoint();
        Value p = Calls.Call(S("Point"), [I(1), I(2)]);
        Throws(ErrorType.TypeError, "Function 'Point.__init__' takes 3 arguments but 2 were given", () => Calls.Call(S("Point"), [I(1)]));
        Throws(ErrorType.AttributeError, "Method 'm' not found in class 'Point'", () => Calls.CallMethod(p, "m", []));
        Throws(ErrorType.TypeError, "Function 'Point.sum' takes 1 arguments but 2 were given", () => Calls.CallMethod(p, "sum", [I(1)]));
        Throws(ErrorType.AttributeError, "'AquaObject' object has no attribute 'z': 'Point' object has no attribute 'z'", () => Attributes.Get(p, "z"));
        // Methods are not attributes (2.12).
        Throws(ErrorType.AttributeError, "'AquaObject' object has no attribute 'sum': 'Point' object has no attribute 'sum'", () => Attributes.Get(p, "sum"));
        Throws(ErrorType.AttributeError, "'AquaClass' object has no attribute 'z': 'AquaClass' object has no attribute 'z'", () => Attributes.Get(cls, "z"));

        Functions.Register("Empty.m", 1, _ => S("m"));
        Classes.Create(Items.BuildDict([S("m"), S("Empty.m")]), "Empty");
        Assert.Equal("<Empty object>", Text.Str(Calls.CallFunction("Empty", [])));
        Throws(ErrorType.TypeError, "Class 'Empty' has no constructor but arguments were provided", () => Calls.CallFunction("Empty", [I(1)]));

        Throws(ErrorType.TypeError, "CREATE_CLASS requires methods dict", () => Classes.Create(L(), "X"));
        Throws(ErrorType.NameError, "Method function 'Nope.m' not found", () => Classes.Create(Items.BuildDict([S("m"), S("Nope.m")]), "Nope"));
    }

    [Fact]
    public void CreateObjectSkipsInit()
    {
        Value cls = MakePoint();
        Value obj = Classes.CreateObject(cls);
        Throws(ErrorType.AttributeError, "'AquaObject' object has no attribute 'x': 'Point' object has no attribute 'x'", () => Attributes.Get(obj, "x"));
        Throws(ErrorType.TypeError, "CREATE_OBJECT requires AquaClass object", () => Classes.CreateObject(S("Point")));
    }

    [Fact]
    public void RedefiningAClassReplacesTheRegistryEntry()
    {
        Value first = MakePoint();
        Value old = Calls.Call(first, [I(1), I(2)]);
        Functions.Register("Point2.sum", 1, _ => S("new"));
        Classes.Create(Items.BuildDict([S("sum"), S("Point2.sum")]), "Point");
        Assert.True(Classes.TryGetClass("Point", out AquaClass? now));
        Assert.NotSame(first.Ref, now);
        Assert.Equal("3", Repr(Calls.CallMethod(old, "sum", [])));        // old instances keep the old class
        Assert.Equal("'new'", Repr(Calls.CallMethod(Calls.CallFunction("Point", []), "sum", [])));
    }

    [Fact]
    public void SetAttrErrors()
    {
        Throws(ErrorType.AttributeError, "Cannot set attribute 'x' on int: 'int' object has no attribute 'x'", () => Attributes.Set(I(5), S("x"), I(1)));
        Throws(ErrorType.AttributeError, "Cannot set attribute 'x' on list: 'list' object has no attribute 'x'", () => Attributes.Set(L(), S("x"), I(1)));
        Throws(ErrorType.AttributeError, "'list' object has no attribute 'append': 'list' object has no attribute 'append'", () => Attributes.Get(L(), "append"));
        Throws(ErrorType.AttributeError, "'NoneType' object has no attribute 'x': 'NoneType' object has no attribute 'x'", () => Attributes.Get(None, "x"));
    }

    [Fact]
    public void MethodsOnOtherValues()
    {
        Throws(ErrorType.AttributeError, "'int' object has no attribute 'foo'", () => Calls.CallMethod(I(5), "foo", []));
        Throws(ErrorType.AttributeError, "'NoneType' object has no attribute 'append'", () => Calls.CallMethod(None, "append", [I(1)]));
    }

    [Fact]
    public void ManyArgumentMethodCallsDoNotUseTheStackBuffer()
    {
        Functions.Register("Big.m", 10, a => I(a.Length));
        Functions.Register("Big.n", 3, a => Ops.Add(a[1], a[2]));
        Value cls = Classes.Create(Items.BuildDict([S("m"), S("Big.m"), S("n"), S("Big.n")]), "Big");
        Value obj = Calls.Call(cls, []);
        Assert.Equal("10", Repr(Calls.CallMethod(obj, "m", [I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9)])));
        Assert.Equal("3", Repr(Calls.CallMethod(obj, "n", [I(1), I(2)])));
    }
}

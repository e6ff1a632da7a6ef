using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Library.V;

namespace Aqua.Tests.Library;

/// <summary>IMPORT_MODULE / IMPORT_FROM and the math module (ACODE.md 2.14, 6.8); expectations are CPython 3.11's.</summary>
[Collection("RuntimeStatics")]
public class ImportsTests
{
    public ImportsTests() => Imports.Reset();

    private static Value Math => Imports.ImportModule(S("math"));

    private static Value M(string name, params Value[] args) => Calls.CallMethod(Math, name, args);

    [Fact]
    public void ModulesAndConstants()
    {
        Assert.Equal("<module 'math'>", Text.Str(Math));
        Assert.Equal("'module'", Repr(Builtins.Type([Math])));
        Assert.Same(Math.Ref, Math.Ref);
        Assert.Equal("3.141592653589793", Repr(Attributes.Get(Math, "pi")));
        Assert.Equal("2.718281828459045", Repr(Attributes.Get(Math, "e")));
        Assert.Equal("6.283185307179586", Repr(Attributes.Get(Math, "tau")));
        Assert.Equal("inf", Repr(Attributes.Get(Math, "inf")));
        Assert.Equal("nan", Repr(Attributes.Get(Math, "nan")));
        Assert.Equal("3.141592653589793", Repr(Imports.ImportFrom(Math, "pi")));     // from math import pi
        Assert.Equal("3.141592653589793", Repr(Imports.ImportFrom(S("math"), "pi")));
        Throws(ErrorType.AttributeError, "'module' object has no attribute 'foo': module 'math' has no attribute 'foo'", () => Attributes.Get(Math, "foo"));
        Throws(ErrorType.AttributeError, "module 'math' has no attribute 'foo'", () => M("foo"));
        Throws(ErrorType.NameError, "cannot import name 'foo' from 'math' (unknown location)", () => Imports.ImportFrom(Math, "foo"));
    }

    [Fact]
    public void ImportedFunctionsAreCallableValues()
    {
        Value sqrt = Imports.ImportFrom(Math, "sqrt");                       // from math import sqrt; sqrt(16)
        Assert.Equal("4.0", Repr(Calls.Call(sqrt, [I(16)])));
        Assert.Equal("<built-in function sqrt>", Text.Str(sqrt));
        Assert.Equal("4.0", Repr(Calls.Call(Attributes.Get(Math, "sqrt"), [I(16)])));
        Throws(ErrorType.TypeError, "'float' object is not callable", () => M("pi"));
    }

    [Fact]
    public void Typing()
    {
        Value typing = Imports.ImportModule(S("typing"));
        Assert.Equal("None", Repr(Imports.ImportFrom(typing, "List")));    // 6.8: typing names bind to null
        Assert.Equal("None", Repr(Attributes.Get(typing, "Dict")));
        Assert.Equal("<module 'typing'>", Text.Str(typing));
    }

    [Fact]
    public void UnknownModules()
    {
        Throws(ErrorType.NameError, "Cannot import module 'foo': No module named 'foo'", () => Imports.ImportModule(S("foo")));
        Throws(ErrorType.NameError, "Cannot import module 'os.path': No module named 'os'", () => Imports.ImportModule(S("os.path")));
        Throws(ErrorType.NameError, "Cannot import module 'math.foo': No module named 'math.foo'; 'math' is not a package", () => Imports.ImportModule(S("math.foo")));
    }

    [Fact]
    public void Functions()
    {
        Assert.Equal("4.0", Repr(M("sqrt", I(16))));
        Assert.Equal("1.4142135623730951", Repr(M("sqrt", F(2))));
        Assert.Equal("0.8414709848078965", Repr(M("sin", I(1))));
        Assert.Equal("0.5403023058681398", Repr(M("cos", I(1))));
        Assert.Equal("1.5574077246549023", Repr(M("tan", I(1))));
        Assert.Equal("1.5707963267948966", Repr(M("asin", I(1))));
        Assert.Equal("0.0", Repr(M("acos", I(1))));
        Assert.Equal("0.7853981633974483", Repr(M("atan", I(1))));
        Assert.Equal("2.356194490192345", Repr(M("atan2", I(1), I(-1))));
        Assert.Equal("2.718281828459045", Repr(M("exp", I(1))));
        Assert.Equal("0.0", Repr(M("exp", F(double.NegativeInfinity))));
        Assert.Equal("2.302585092994046", Repr(M("log", I(10))));
        Assert.Equal("3.0", Repr(M("log", I(8), I(2))));
        Assert.Equal("2.0", Repr(M("log10", I(100))));
        Assert.Equal("1000.0", Repr(M("log2", Value.Int(System.Numerics.BigInteger.Pow(2, 1000)))));
        Assert.Equal("921.0340371976182", Repr(M("log", Value.Int(System.Numerics.BigInteger.Pow(10, 400)))));   // math.log(10**400)
        Assert.Equal("400.0", Repr(M("log10", Value.Int(System.Numerics.BigInteger.Pow(10, 400)))));
        Assert.Equal("8.0", Repr(M("pow", I(2), I(3))));
        Assert.Equal("1.0", Repr(M("pow", I(5), I(0))));
        Assert.Equal("1.0", Repr(M("pow", F(double.NaN), I(0))));
        Assert.Equal("1.0", Repr(M("pow", I(1), F(double.NaN))));
        Assert.Equal("-inf", Repr(M("pow", F(double.NegativeInfinity), I(3))));
        Assert.Equal("-0.0", Repr(M("pow", F(double.NegativeInfinity), I(-3))));
        Assert.Equal("0.0", Repr(M("pow", F(0.5), F(double.PositiveInfinity))));
        Assert.Equal("3", Repr(M("floor", F(3.7))));
        Assert.Equal("-4", Repr(M("floor", F(-3.2))));
        Assert.Equal("4", Repr(M("ceil", F(3.2))));
        Assert.Equal("-3", Repr(M("trunc", F(-3.7))));
        Assert.Equal("5", Repr(M("floor", I(5))));
        Assert.Equal("1", Repr(M("ceil", B(true))));
        Assert.Equal("'int'", Repr(Builtins.Type([M("floor", F(2.5))])));
        Assert.Equal("100000000000000000000", Repr(M("floor", F(1e20))));
        Assert.Equal("3.5", Repr(M("fabs", I(-3) is var _ ? F(-3.5) : None)));
        Assert.Equal("3.0", Repr(M("fabs", I(-3))));
        Assert.Equal("5.0", Repr(M("hypot", I(3), I(4))));
        Assert.Equal("0.0", Repr(M("hypot")));
        Assert.Equal("7.0", Repr(M("hypot", I(-7))));
        Assert.Equal("180.0", Repr(M("degrees", F(System.Math.PI))));
        Assert.Equal("3.141592653589793", Repr(M("radians", I(180))));
        Assert.Equal("True", Repr(M("isnan", F(double.NaN))));
        Assert.Equal("False", Repr(M("isnan", I(1))));
        Assert.Equal("True", Repr(M("isinf", F(double.NegativeInfinity))));
        Assert.Equal("6", Repr(M("gcd", I(12), I(18))));
        Assert.Equal("6", Repr(M("gcd", I(-12), I(18))));
        Assert.Equal("0", Repr(M("gcd")));
        Assert.Equal("5", Repr(M("gcd", I(0), I(5), I(10))));
        Assert.Equal("120", Repr(M("factorial", I(5))));
        Assert.Equal("1", Repr(M("factorial", I(0))));
        Assert.Equal("30414093201713378043612608166064768844377641568960512000000000000", Repr(M("factorial", I(50))));
    }

    [Theory]
    [InlineData(1.0, 2.0, 3.0)]
    [InlineData(1e-310, 3e-310, 0.0)]
    [InlineData(1e300, 1e300, 1.0)]
    [InlineData(0.1, 0.2, 0.3)]
    public void HypotMatchesCPython(double a, double b, double c)
    {
        var expected = new Dictionary<(double, double, double), string>
        {
            [(1.0, 2.0, 3.0)] = "3.7416573867739413",           // math.hypot(1, 2, 3)
            [(1e-310, 3e-310, 0.0)] = "3.1622776601684e-310",              // subnormal path
            [(1e300, 1e300, 1.0)] = "1.4142135623730952e+300",
            [(0.1, 0.2, 0.3)] = "0.3741657386773941",
        };
        Assert.Equal(expected[(a, b, c)], Repr(M("hypot", F(a), F(b), F(c))));
    }

    [Fact]
    public void HypotMatchesCPythonOnRandomVectors()
    {
        // Generated with CPython 3.11: math.hypot(*xs) for random xs of mixed magnitudes.
        var cases = new Dictionary<string, double[]>
        {
        ["3808936915.1667156"] = [3808936915.1667156, 3.0406339350827025, 8.018009835012455e-06, 7.368909157301907],
        ["7224651632.021936"] = [-1.8369789005097212e-06, -7224651632.021936],
        ["784469377.4162121"] = [-7.466015348994606, 5.4718740605534855, 784469377.4162121],
        ["6348006219.135223"] = [8.81952002175998e-06, -4.024222042922645, 6348006219.135223, 3.5586849909538246e-06],
        ["1914118376.6622057"] = [-3.8509626739922107e-07, -0.5492330037550435, -1914118376.6622057],
        ["4.942472567956541"] = [-2.676310483162789, 4.155165133017224, 8.593106391950424e-06],
        ["2.9041358988621786"] = [-2.904135898841755, 5.61974298912684e-06, 8.916003700843677e-06, -2.7474902692307255e-06],
        ["10445998443.644903"] = [0.9028807419647773, 2.5361153705221473e-06, -9028956729.030874, -5253267922.914253],
        ["9.402194198630987"] = [6.525910235972532, 2.766487454283418e-06, 6.768585623362643],
        ["6614201817.511385"] = [-1.7235517342939064e-06, 6.894677940107261e-06, -6614201817.511385, -2.368200288952844e-07],
        ["162759531.69016266"] = [-1.9242116955130605e-06, 6.350371181690509e-07, -162759531.69016266],
        ["6.6602161116301865e-06"] = [-2.7734753395454903e-06, 3.2803688994524663e-06, 3.3661508978682834e-06, 3.817659127114011e-06],
        ["5205126821.73581"] = [7.036439927157857e-06, -4223469672.1017876, -3042309839.446002, -3.088363299097516],
        ["1616906004.6158981"] = [-1.0043185984906273, -6.676547646723213e-06, -8.423265409516326e-06, 1616906004.6158981],
        ["2.4814363792895193"] = [1.064156409309021e-06, -9.447559685170821e-06, 2.4814363792713063],
        ["10.214550625009105"] = [4.369246667900935, -8.917139784722053, 9.664148145403769e-07, -2.3940229918772005],
        ["3777106975.223133"] = [-9.986787684184258e-06, 3777106975.223133, -2.522406881396373, 2.5295396735866376e-07],
        ["11260262201.571228"] = [6259797001.469154, -6.505545762013683e-07, 9359938373.116112],
        ["2.9776783554023334"] = [-2.977678355390683, 8.329522552366262e-06],
        ["8.94082013287554"] = [7.52999393512037, -4.0850446038624286e-07, 8.274945342395809e-06, 4.820524451282704],
        ["8.903521297027165"] = [8.9035212970192, -7.562279751888091e-06, -9.200469884022134e-06],
        ["5.638144766802163"] = [1.206307899026218e-06, 5.638144766802034],
        ["4353051106.110526"] = [-4.136234895547635e-06, 0.36438117099949885, -4353051106.110526, -4.063556681383256e-06],
        ["10.32437793797048"] = [-2.779212343430302, -9.943277053173938, 9.118457423417723e-07],
        ["5601044938.804056"] = [4.163624339292621e-06, -485605539.10349464, 7.038027751387574, 5579954450.252666],
        ["3.0633809730063066"] = [2.9678916604413317, 9.81906784875694e-07, 0.7588953008544053],
        ["5.688026851167383"] = [4.652685408297071, 3.2720281097540482],
        ["10.91260258223788"] = [4.02496300439404, 2.291110105177374, 9.881061806156172],
        ["11.088366901132304"] = [-6.294278738806211, -9.128742284251592, 1.4220666252457656e-06, -7.313342539970742e-06],
        ["9177903873.615686"] = [-2.0840475657539401e-07, -4105515159.501254, 8208450815.375286, 0.997672769558104],
        };
        foreach (var (expected, xs) in cases)
            Assert.Equal(expected, Repr(M("hypot", xs.Select(F).ToArray())));
    }

    [Fact]
    public void Errors()
    {
        Throws(ErrorType.ValueError, "math domain error", () => M("sqrt", I(-1)));
        Throws(ErrorType.ValueError, "math domain error", () => M("log", I(0)));
        Throws(ErrorType.ValueError, "math domain error", () => M("log", F(-1.5)));
        Throws(ErrorType.ValueError, "math domain error", () => M("asin", I(2)));
        Throws(ErrorType.ValueError, "math domain error", () => M("sin", F(double.PositiveInfinity)));
        Throws(ErrorType.ValueError, "math domain error", () => M("pow", I(0), I(-1)));
        Throws(ErrorType.ValueError, "math domain error", () => M("pow", I(-8), F(1.0 / 3)));
        Throws(ErrorType.OverflowError, "math range error", () => M("pow", I(10), I(400)));
        Throws(ErrorType.OverflowError, "math range error", () => M("exp", I(1000)));
        Throws(ErrorType.ZeroDivisionError, "float division by zero", () => M("log", I(1), I(1)));
        Throws(ErrorType.TypeError, "must be real number, not str", () => M("sqrt", S("a")));
        Throws(ErrorType.TypeError, "must be real number, not str", () => M("floor", S("a")));
        Throws(ErrorType.TypeError, "math.sqrt() takes exactly one argument (0 given)", () => M("sqrt"));
        Throws(ErrorType.TypeError, "math.sqrt() takes exactly one argument (2 given)", () => M("sqrt", I(1), I(2)));
        Throws(ErrorType.TypeError, "atan2 expected 2 arguments, got 1", () => M("atan2", I(1)));
        Throws(ErrorType.TypeError, "pow expected 2 arguments, got 1", () => M("pow", I(1)));
        Throws(ErrorType.TypeError, "math.log requires 1 to 2 arguments", () => M("log"));
        Throws(ErrorType.ValueError, "cannot convert float NaN to integer", () => M("floor", F(double.NaN)));
        Throws(ErrorType.OverflowError, "cannot convert float infinity to integer", () => M("ceil", F(double.PositiveInfinity)));
        Throws(ErrorType.TypeError, "'float' object cannot be interpreted as an integer", () => M("gcd", F(1.5)));
        Throws(ErrorType.TypeError, "'float' object cannot be interpreted as an integer", () => M("factorial", F(1.5)));
        Throws(ErrorType.ValueError, "factorial() not defined for negative values", () => M("factorial", I(-1)));
        Throws(ErrorType.OverflowError, "int too large to convert to float", () => M("sqrt", Value.Int(System.Numerics.BigInteger.Pow(10, 400))));
    }
}

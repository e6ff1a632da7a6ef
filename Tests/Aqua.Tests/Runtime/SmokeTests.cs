using Aqua.Runtime;
using Xunit;
using static Aqua.Tests.Runtime.V;

namespace Aqua.Tests.Runtime;

public class SmokeTests
{
    [Fact]
    public void BasicsWork()
    {
        Assert.Equal("3", Text.Str(Ops.Add(I(1), I(2))));
        Assert.Equal("[1, 'a', None, 2.5, True]", Text.Str(L(I(1), S("a"), None, F(2.5), B(true))));
        Assert.True(Ops.IsEqual(I(1), F(1.0)));
        Assert.True(Ops.Truthy(S("x")));
        Assert.Equal("int", Ops.TypeName(I(1)));
        Assert.Equal("{'a': 1}", Text.Repr(D(S("a"), I(1))));
    }
}

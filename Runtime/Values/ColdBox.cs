using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>
/// Boxing for the cold paths of type-specialised code (a deoptimisation exit, a failed typed read),
/// never inlined. Each inlined <see cref="Value.Int(long)"/> or <see cref="Num.ToValue"/> costs the
/// JIT a few locals, and a big method has dozens of exits: once a method has used up the locals the
/// JIT allows for inlining, it inlines nothing more, not even the hot loop's item reads. A call
/// costs none.
/// </summary>
public static class ColdBox
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Int(long v) => Value.Int(v);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Float(double v) => Value.Float(v);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Bool(bool v) => Value.Bool(v);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Num(Num v) => v.ToValue();

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value Object(object v) => Value.Object(v);
}

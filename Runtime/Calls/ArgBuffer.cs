using System.Runtime.CompilerServices;

namespace Aqua.Runtime;

/// <summary>Stack room for [self] + args of a method call, so calling a method does not allocate.</summary>
[InlineArray(Size)]
internal struct ArgBuffer
{
    public const int Size = 8;

    private Value _first;
}

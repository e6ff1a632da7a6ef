namespace Aqua.Runtime;

/// <summary>An immutable tuple (Python tuple).</summary>
public sealed partial class AquaTuple(Value[] items)
{
    public static readonly AquaTuple Empty = new(Array.Empty<Value>());

    /// <summary>The items; never mutated after construction.</summary>
    public Value[] Items { get; } = items;

    public int Count => Items.Length;
}

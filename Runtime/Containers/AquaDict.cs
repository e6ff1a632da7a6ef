namespace Aqua.Runtime;

/// <summary>
/// Insertion-ordered dict with Python key equality and hashing: 1, 1.0 and True are one key and
/// the first key object inserted is kept (ACODE.md 2.7). STUB: owned by the numbers/text helper.
/// </summary>
public sealed partial class AquaDict
{
    public int Count => throw new NotImplementedException();

    /// <summary>Looks a key up; TypeError for an unhashable key.</summary>
    public bool TryGetValue(Value key, out Value value) => throw new NotImplementedException();

    /// <summary>Inserts or updates; an existing key keeps its key object and position.</summary>
    public void Set(Value key, Value value) => throw new NotImplementedException();

    public bool ContainsKey(Value key) => throw new NotImplementedException();

    public bool Remove(Value key) => throw new NotImplementedException();

    public void Clear() => throw new NotImplementedException();

    public AquaDict Copy() => throw new NotImplementedException();

    /// <summary>Live entries in insertion order (a snapshot is the caller's business).</summary>
    public IEnumerable<KeyValuePair<Value, Value>> Entries => throw new NotImplementedException();
}

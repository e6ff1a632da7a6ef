using System.Text;

namespace Aqua.Runtime;

/// <summary>str() and repr() of any value (ACODE.md 2.11, 6.5).</summary>
public static partial class Text
{
    /// <summary>Python str(v): what print and FORMAT_VALUE write. Only a str differs from its repr.</summary>
    public static string Str(Value v)
    {
        object? r = v.Ref;
        if (r is string s) return s;
        if (ReferenceEquals(r, Tag.Int)) return IntText.Format(v.Bits);
        if (r is IAquaText t) return t.Str();
        return Repr(v);
    }

    /// <summary>Python repr(v): how containers show their items.</summary>
    public static string Repr(Value v)
    {
        object? r = v.Ref;
        if (r is null) return "None";
        if (ReferenceEquals(r, Tag.Int)) return IntText.Format(v.Bits);
        if (ReferenceEquals(r, Tag.Float)) return FloatRepr(v.AsFloat);
        if (ReferenceEquals(r, Tag.Bool)) return v.Bits != 0 ? "True" : "False";
        if (r is string s) return StrRepr(s);
        if (r is BigInt b) return IntText.Format(b.Value);
        if (r is IAquaText t) return t.Repr();
        if (r is AquaList or AquaTuple or AquaDict)
        {
            var writer = new ReprWriter(new StringBuilder());
            writer.Write(v);
            return writer.ToString();
        }
        return $"<{Ops.TypeName(v)} object>";
    }

    /// <summary>Appends repr(v) to <paramref name="sb"/> (no intermediate strings for containers).</summary>
    public static void AppendRepr(StringBuilder sb, Value v) => new ReprWriter(sb).Write(v);

    /// <summary>Appends str(v) to <paramref name="sb"/>.</summary>
    public static void AppendStr(StringBuilder sb, Value v)
    {
        if (v.Ref is string s) sb.Append(s);
        else if (v.Ref is IAquaText t) sb.Append(t.Str());
        else new ReprWriter(sb).Write(v);
    }

    /// <summary>Python repr of a float (shortest round-trip digits, Python's exponent layout).</summary>
    public static string FloatRepr(double d) => FloatText.Repr(d);

    /// <summary>Python repr of a string (quote choice and escapes).</summary>
    public static string StrRepr(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        StrText.AppendRepr(sb, s);
        return sb.ToString();
    }
}

using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Aqua.Runtime;

/// <summary>Decimal text of ints, with CPython 3.11's 4300-digit conversion limit (ACODE.md 2.11).</summary>
internal static class IntText
{
    public const int MaxDigits = 4300;

    private const string LimitMessage =
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

    /// <summary>Texts of 0 .. SmallCount-1, made on first use (str() of small ints, keys like f"k{i}").</summary>
    private const int SmallCount = 1024;

    private static readonly string?[] Small = new string?[SmallCount];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Format(long n)
    {
        if ((ulong)n < SmallCount) return Small[n] ?? MakeSmall((int)n);
        return n.ToString(CultureInfo.InvariantCulture);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string MakeSmall(int n) => Small[n] = n.ToString(CultureInfo.InvariantCulture);

    public static void Append(StringBuilder sb, long n) => sb.Append(n);

    public static string Format(BigInteger n)
    {
        // 2^14300 has more than 4300 digits: refuse before an expensive conversion.
        if (n.GetBitLength() > 14300) throw AquaError.ValueError(LimitMessage);
        string s = n.ToString(CultureInfo.InvariantCulture);
        int digits = n.Sign < 0 ? s.Length - 1 : s.Length;
        if (digits > MaxDigits) throw AquaError.ValueError(LimitMessage);
        return s;
    }
}

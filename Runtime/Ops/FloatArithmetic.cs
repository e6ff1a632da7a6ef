namespace Aqua.Runtime;

/// <summary>Float operations whose CPython definition is more than one IEEE instruction.</summary>
internal static class FloatArithmetic
{
    /// <summary>
    /// CPython float_rem: fmod, then add the divisor if the signs differ and the result is
    /// non-zero; a zero result takes the divisor's sign (ACODE.md 2.7).
    /// </summary>
    public static double Mod(double x, double y)
    {
        if (y == 0.0) throw AquaError.ZeroDivision("float modulo");
        double mod = x % y; // C# % on doubles is C fmod
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        return mod;
    }
}

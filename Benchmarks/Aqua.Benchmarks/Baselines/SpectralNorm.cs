namespace Aqua.Benchmarks.Baselines;

/// <summary>spectral_norm.py: 10 rounds of the power method on AᵀA, n = 450.</summary>
public static class SpectralNorm
{
    public static void Run(TextWriter output)
    {
        const int n = 450;
        var u = new double[n];
        var v = new double[n];
        var tmp = new double[n];
        Array.Fill(u, 1.0);
        for (int k = 0; k < 10; k++)
        {
            TimesAtAv(u, v, tmp);
            TimesAtAv(v, u, tmp);
        }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++)
        {
            vbv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        output.Write($"spectral_norm n={n}\n");
        output.Write(Fixed9.Format(Math.Sqrt(vbv / vv)) + "\n");
    }

    private static double A(int i, int j) => 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);

    private static void TimesAv(double[] u, double[] result)
    {
        for (int i = 0; i < u.Length; i++)
        {
            double s = 0;
            for (int j = 0; j < u.Length; j++) s += A(i, j) * u[j];
            result[i] = s;
        }
    }

    private static void TimesAtv(double[] u, double[] result)
    {
        for (int i = 0; i < u.Length; i++)
        {
            double s = 0;
            for (int j = 0; j < u.Length; j++) s += A(j, i) * u[j];
            result[i] = s;
        }
    }

    private static void TimesAtAv(double[] u, double[] result, double[] tmp)
    {
        TimesAv(u, tmp);
        TimesAtv(tmp, result);
    }
}

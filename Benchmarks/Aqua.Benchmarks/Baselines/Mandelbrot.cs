namespace Aqua.Benchmarks.Baselines;

/// <summary>mandelbrot.py: escape-time iteration over a 768x480 grid, at most 50 steps per point.</summary>
public static class Mandelbrot
{
    public static void Run(TextWriter output)
    {
        const int w = 768, h = 480, maxIter = 50;
        var (inside, iterations) = Count(w, h, maxIter);
        output.Write($"mandelbrot {w}x{h} max_iter={maxIter}\n");
        output.Write($"inside={inside} iterations={iterations}\n");
    }

    private static (long Inside, long Iterations) Count(int w, int h, int maxIter)
    {
        long inside = 0, totalIter = 0;
        for (int y = 0; y < h; y++)
        {
            double ci = 2.0 * y / h - 1;
            for (int x = 0; x < w; x++)
            {
                double cr = 2.5 * x / w - 2;
                double zr = 0, zi = 0;
                int it = 0;
                bool escaped = false;
                while (it < maxIter && !escaped)
                {
                    double tr = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = tr;
                    escaped = zr * zr + zi * zi > 4;
                    it++;
                }
                if (!escaped) inside++;
                totalIter += it;
            }
        }
        return (inside, totalIter);
    }
}

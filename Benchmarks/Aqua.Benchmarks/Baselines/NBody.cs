namespace Aqua.Benchmarks.Baselines;

/// <summary>nbody.py: the Sun and four planets, symplectic integration, energy before and after.</summary>
public static class NBody
{
    private sealed class Body(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        public double X = x, Y = y, Z = z, Vx = vx, Vy = vy, Vz = vz;
        public readonly double Mass = mass;
    }

    public static void Run(TextWriter output)
    {
        const int steps = 300_000;
        Body[] bodies = MakeBodies();
        OffsetMomentum(bodies);
        output.Write($"nbody steps={steps}\n");
        output.Write(Fixed9.Format(Energy(bodies)) + "\n");
        Advance(bodies, 0.01, steps);
        output.Write(Fixed9.Format(Energy(bodies)) + "\n");
    }

    private static Body[] MakeBodies()
    {
        const double pi = 3.141592653589793;
        const double sm = 4 * pi * pi;
        const double dpy = 365.24;
        return
        [
            new(0, 0, 0, 0, 0, 0, sm),
            new(4.84143144246472090, -1.16032004402742839, -0.103622044471123109,
                0.00166007664274403694 * dpy, 0.00769901118419740425 * dpy, -0.0000690460016972063023 * dpy,
                0.000954791938424326609 * sm),
            new(8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
                -0.00276742510726862411 * dpy, 0.00499852801234917238 * dpy, 0.0000230417297573763929 * dpy,
                0.000285885980666130812 * sm),
            new(12.8943695621391310, -15.1111514016986312, -0.223307578892655734,
                0.00296460137564761618 * dpy, 0.00237847173959480950 * dpy, -0.0000296589568540237556 * dpy,
                0.0000436624404335156298 * sm),
            new(15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
                0.00268067772490389322 * dpy, 0.00162824170038242295 * dpy, -0.0000951592254519715870 * dpy,
                0.0000515138902046611451 * sm),
        ];
    }

    private static void OffsetMomentum(Body[] bodies)
    {
        double px = 0, py = 0, pz = 0;
        foreach (var b in bodies)
        {
            px += b.Vx * b.Mass;
            py += b.Vy * b.Mass;
            pz += b.Vz * b.Mass;
        }
        var sun = bodies[0];
        sun.Vx = -px / sun.Mass;
        sun.Vy = -py / sun.Mass;
        sun.Vz = -pz / sun.Mass;
    }

    private static double Energy(Body[] bodies)
    {
        double e = 0;
        for (int i = 0; i < bodies.Length; i++)
        {
            var b = bodies[i];
            e += 0.5 * b.Mass * (b.Vx * b.Vx + b.Vy * b.Vy + b.Vz * b.Vz);
            for (int j = i + 1; j < bodies.Length; j++)
            {
                var b2 = bodies[j];
                double dx = b.X - b2.X, dy = b.Y - b2.Y, dz = b.Z - b2.Z;
                e -= b.Mass * b2.Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    private static void Advance(Body[] bodies, double dt, int steps)
    {
        for (int s = 0; s < steps; s++)
        {
            for (int i = 0; i < bodies.Length; i++)
            {
                var bi = bodies[i];
                for (int j = i + 1; j < bodies.Length; j++)
                {
                    var bj = bodies[j];
                    double dx = bi.X - bj.X, dy = bi.Y - bj.Y, dz = bi.Z - bj.Z;
                    double d2 = dx * dx + dy * dy + dz * dz;
                    double mag = dt / (d2 * Math.Sqrt(d2));
                    double mi = bi.Mass * mag, mj = bj.Mass * mag;
                    bi.Vx -= dx * mj;
                    bi.Vy -= dy * mj;
                    bi.Vz -= dz * mj;
                    bj.Vx += dx * mi;
                    bj.Vy += dy * mi;
                    bj.Vz += dz * mi;
                }
            }
            foreach (var b in bodies)
            {
                b.X += dt * b.Vx;
                b.Y += dt * b.Vy;
                b.Z += dt * b.Vz;
            }
        }
    }
}

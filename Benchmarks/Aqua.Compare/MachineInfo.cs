using System.Runtime.InteropServices;

namespace Aqua.Compare;

/// <summary>One line naming the machine and the versions compared, to print beside the table.</summary>
public static class MachineInfo
{
    public static string Describe(IReadOnlyList<Side> sides) =>
        $"nproc {Environment.ProcessorCount}, {CpuModel()}, {OperatingSystemName()}; "
        + string.Join(", ", sides.Select(s => s.Label == "aquac" ? s.Version : $"{s.Label} {s.Version}"));

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (File.Exists(cpuinfo))
        {
            foreach (string line in File.ReadLines(cpuinfo))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is var colon and >= 0)
                    return line[(colon + 1)..].Trim();
            }
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string OperatingSystemName()
    {
        const string osRelease = "/etc/os-release";
        if (File.Exists(osRelease))
        {
            foreach (string line in File.ReadLines(osRelease))
            {
                if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                    return line["PRETTY_NAME=".Length..].Trim('"') + $" ({RuntimeInformation.OSArchitecture})";
            }
        }
        return RuntimeInformation.OSDescription;
    }
}

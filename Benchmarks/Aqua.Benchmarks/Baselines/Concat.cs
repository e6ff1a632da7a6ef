using System.Text;

namespace Aqua.Benchmarks.Baselines;

/// <summary>concat.py: building a 200,000-character string digit by digit (with a StringBuilder).</summary>
public static class Concat
{
    public static void Run(TextWriter output)
    {
        string text = Build(200_000);
        output.Write($"length = {text.Length}\n");
        output.Write($"tail = {text[text.Length - 5]}\n");
    }

    private static string Build(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(i % 10);
        return sb.ToString();
    }
}

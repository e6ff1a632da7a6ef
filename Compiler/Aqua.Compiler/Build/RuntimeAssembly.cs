namespace Aqua.Compiler.Build;

/// <summary>The Aqua.Runtime.dll compiled programs reference: the one this compiler was built with.</summary>
public static class RuntimeAssembly
{
    public const string FileName = "Aqua.Runtime.dll";

    public static string Path { get; } = typeof(Aqua.Runtime.Value).Assembly.Location;
}

namespace Aqua.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The AquaScript program stopped with a runtime error (aquac run).</summary>
    public const int RuntimeError = 1;
    /// <summary>Bad input (a malformed .acode, a missing file) or bad usage.</summary>
    public const int BadInput = 2;
    /// <summary>A bug in aquac itself; reported without a stack trace.</summary>
    public const int InternalError = 3;
}

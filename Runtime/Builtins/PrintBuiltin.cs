namespace Aqua.Runtime;

public static partial class Builtins
{
    /// <summary>
    /// print(*args): ' '.join(str(a) for a in args) and "\n" to the program's stdout (ACODE.md 2.10).
    /// Every argument is converted before anything is written, as join does.
    /// </summary>
    public static Value Print(ReadOnlySpan<Value> args)
    {
        try
        {
            switch (args.Length)
            {
                case 0:
                    Output.WriteLine("");
                    break;
                case 1:
                    Output.WriteLine(Text.Str(args[0]));
                    break;
                default:
                    var parts = new string[args.Length];
                    for (int i = 0; i < args.Length; i++) parts[i] = Text.Str(args[i]);
                    Output.WriteLine(string.Join(' ', parts));
                    break;
            }
            return Value.None;
        }
        catch (AquaError e)
        {
            throw InBuiltin("print", e);
        }
    }
}

namespace Aqua.Runtime;

public interface IAquaText { string Str(); string Repr(); }

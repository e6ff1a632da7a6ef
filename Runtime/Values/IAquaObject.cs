namespace Aqua.Runtime;

public interface IAquaObject { string TypeName { get; } }

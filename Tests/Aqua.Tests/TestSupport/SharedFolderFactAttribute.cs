using Xunit;

namespace Aqua.Tests.TestSupport;

/// <summary>
/// A fact that needs the shared folder: skipped with a message when it is missing, except under
/// CI=true, where it runs and fails through <see cref="SharedFolder.Require"/>.
/// </summary>
public sealed class SharedFolderFactAttribute : FactAttribute
{
    public SharedFolderFactAttribute()
    {
        if (SharedFolder.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>The theory form of <see cref="SharedFolderFactAttribute"/>.</summary>
public sealed class SharedFolderTheoryAttribute : TheoryAttribute
{
    public SharedFolderTheoryAttribute()
    {
        if (SharedFolder.SkipReason is { } reason) Skip = reason;
    }
}

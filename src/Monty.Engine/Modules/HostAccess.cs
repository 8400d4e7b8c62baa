using Monty.Engine.Runtime;

namespace Monty.Engine.Modules;

/// <summary>The clock and entropy the host granted the running execution (see <see cref="MontyGrants"/>).
/// Without a grant, the asking function raises PermissionError naming what is missing, so a script
/// (or the agent writing it) learns at once that the sandbox, not the code, refused.</summary>
internal static class HostAccess
{
    public static DateTimeOffset Now(string caller)
    {
        var clock = VirtualMachine.CurrentOrNull?.Grants.Clock
            ?? throw PyErrors.New(ExceptionTypes.PermissionError, $"{caller} needs a clock, and the host has not granted one");
        return clock();
    }

    public static bool HasClock => VirtualMachine.CurrentOrNull?.Grants.Clock is not null;

    public static void RequireClock(string caller)
    {
        if (!HasClock) throw PyErrors.New(ExceptionTypes.PermissionError, $"{caller} needs a clock, and the host has not granted one");
    }

    public static byte[] RandomBytes(int count, string caller)
    {
        var entropy = VirtualMachine.CurrentOrNull?.Grants.Entropy
            ?? throw PyErrors.New(ExceptionTypes.PermissionError, $"{caller} needs entropy, and the host has not granted any (seed it instead)");
        var buffer = new byte[count];
        entropy(buffer);
        return buffer;
    }
}

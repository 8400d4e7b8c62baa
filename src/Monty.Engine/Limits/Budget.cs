using Monty.Engine.Runtime;

namespace Monty.Engine.Limits;

/// <summary>Charges the running execution for sized objects. Called before allocating, so a
/// result whose size is known up front ('x' * 10**10) is refused without being built.</summary>
internal static class Budget
{
    [ThreadStatic] private static ResourceTracker? _current;

    public static ResourceTracker? Current
    {
        get => _current;
        set => _current = value;
    }

    private const long ObjectOverhead = 24;

    /// <summary>A string or bytes of this many units (chars or bytes).</summary>
    public static void ChargeString(long length)
    {
        if (length > int.MaxValue / 2) throw TooBig();
        _current?.ChargeMemory(ObjectOverhead + length * 2);
    }

    /// <summary>A container of this many slots.</summary>
    public static void ChargeContainer(long slots)
    {
        if (slots > int.MaxValue / 2) throw TooBig();
        _current?.ChargeMemory(ObjectOverhead + slots * 8);
    }

    /// <summary>An instance of a user class with its attribute dict.</summary>
    public static void ChargeObject() => _current?.ChargeMemory(ObjectOverhead + 64);

    /// <summary>A big integer of about this many bits.</summary>
    public static void ChargeBigInt(long bits)
    {
        if (bits > 64L * 1024 * 1024 * 8) throw TooBig();
        _current?.ChargeMemory(ObjectOverhead + bits / 8);
    }

    public static void CheckTime() => _current?.CheckTime();

    private static PyException TooBig() =>
        ResourceTracker.LimitError(ExceptionTypes.MemoryError, "memory", "result is too large to allocate");
}

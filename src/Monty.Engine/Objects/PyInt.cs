using System.Numerics;
using System.Runtime.CompilerServices;

namespace Monty.Engine.Objects;

/// <summary>An int that fits in 64 bits (the fast path). Values outside that range are
/// <see cref="PyBigInt"/>; the two never overlap. bool derives from this, as in Python.</summary>
internal class PyInt : PyObject
{
    private const int CacheLow = -5;
    private const int CacheHigh = 1024;
    private static readonly PyInt[] Cache = CreateCache();

    protected PyInt(long value) => Value = value;

    public long Value { get; }

    public override PyType Type => PyTypes.Int;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Get(long value) =>
        (ulong)(value - CacheLow) <= CacheHigh - CacheLow ? Cache[value - CacheLow] : new PyInt(value);

    /// <summary>Normalises a BigInteger to the smallest representation.</summary>
    public static PyObject From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? Get((long)value) : new PyBigInt(value);

    private static PyInt[] CreateCache()
    {
        var cache = new PyInt[CacheHigh - CacheLow + 1];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheLow);
        return cache;
    }
}

/// <summary>True and False.</summary>
internal sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long value) : base(value) { }

    public override PyType Type => PyTypes.Bool;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool Of(bool value) => value ? True : False;
}

/// <summary>An int outside the 64-bit range.</summary>
internal sealed class PyBigInt(BigInteger value) : PyObject
{
    public BigInteger Value { get; } = value;

    public override PyType Type => PyTypes.Int;
}

namespace Monty.Engine.Objects;

/// <summary>range(start, stop, step) over 64-bit bounds (larger bounds are rejected when built).</summary>
internal sealed class PyRange(long start, long stop, long step) : PyObject
{
    public long Start { get; } = start;

    public long Stop { get; } = stop;

    public long Step { get; } = step;

    public long Length
    {
        get
        {
            if (Step > 0) return Start < Stop ? (long)(((decimal)Stop - Start - 1) / Step) + 1 : 0;
            return Start > Stop ? (long)(((decimal)Start - Stop - 1) / -(decimal)Step) + 1 : 0;
        }
    }

    public long At(long index) => Start + index * Step;

    public override PyType Type => PyTypes.Range;
}

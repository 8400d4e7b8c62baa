using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>CPython's PySlice_Unpack + PySlice_AdjustIndices: resolves a slice against a
/// sequence length. Shared by every sliceable builtin.</summary>
internal static class SliceIndices
{
    /// <summary>Resolves slice for a sequence of length items. start is the first index taken,
    /// step the stride (never 0) and count how many items the slice selects; stop is the
    /// clamped bound (exclusive, in step's direction), -1 being "before index 0" for negative steps.</summary>
    public static void Compute(PySlice slice, long length, out long start, out long stop, out long step, out long count)
    {
        // Evaluation order (step, start, stop) matches CPython, which matters for the error raised first.
        if (ReferenceEquals(slice.Step, PySingleton.None)) step = 1;
        else
        {
            step = Numbers.ToClampedIndex(slice.Step);
            if (step == 0) throw PyErrors.ValueError("slice step cannot be zero");
            // -step must not overflow; CPython clamps the same way.
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        start = ReferenceEquals(slice.Start, PySingleton.None)
            ? step < 0 ? long.MaxValue : 0
            : Numbers.ToClampedIndex(slice.Start);
        stop = ReferenceEquals(slice.Stop, PySingleton.None)
            ? step < 0 ? long.MinValue : long.MaxValue
            : Numbers.ToClampedIndex(slice.Stop);

        start = Clamp(start, length, step);
        stop = Clamp(stop, length, step);
        if (step < 0) count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    private static long Clamp(long index, long length, long step)
    {
        if (index < 0)
        {
            index += length;
            if (index < 0) index = step < 0 ? -1 : 0;
        }
        else if (index >= length)
        {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }
}

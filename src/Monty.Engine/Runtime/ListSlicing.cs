using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Reading a slice of a list or tuple's items.</summary>
internal static class ListSlicing
{
    public static PyObject[] Select(IReadOnlyList<PyObject> items, PySlice slice)
    {
        SliceIndices.Compute(slice, items.Count, out var start, out _, out var step, out var count);
        Budget.ChargeContainer(count);
        var result = new PyObject[count];
        var j = start;
        for (var i = 0; i < count; i++, j += step) result[i] = items[(int)j];
        return result;
    }
}

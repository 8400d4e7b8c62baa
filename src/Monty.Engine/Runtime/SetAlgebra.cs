using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>| &amp; - ^ on sets and frozensets; the result has the left operand's kind.</summary>
internal static class SetAlgebra
{
    public static PySet Union(PySet a, PySet b, bool inPlace)
    {
        var result = inPlace ? a : new PySet(a.Table.Copy(), a.Frozen);
        foreach (var kv in b.Table.Entries()) result.Add(kv.Key);
        Budget.ChargeContainer(result.Count);
        return result;
    }

    public static PySet Intersection(PySet a, PySet b, bool inPlace)
    {
        var result = new PySet(a.Frozen);
        foreach (var kv in a.Table.Entries())
            if (b.Contains(kv.Key)) result.Add(kv.Key);
        return inPlace ? Replace(a, result) : result;
    }

    public static PySet Difference(PySet a, PySet b, bool inPlace)
    {
        var result = new PySet(a.Frozen);
        foreach (var kv in a.Table.Entries())
            if (!b.Contains(kv.Key)) result.Add(kv.Key);
        return inPlace ? Replace(a, result) : result;
    }

    public static PySet SymmetricDifference(PySet a, PySet b, bool inPlace)
    {
        var result = new PySet(a.Frozen);
        foreach (var kv in a.Table.Entries())
            if (!b.Contains(kv.Key)) result.Add(kv.Key);
        foreach (var kv in b.Table.Entries())
            if (!a.Contains(kv.Key)) result.Add(kv.Key);
        return inPlace ? Replace(a, result) : result;
    }

    private static PySet Replace(PySet target, PySet contents)
    {
        target.Table.Clear();
        foreach (var kv in contents.Table.Entries()) target.Add(kv.Key);
        return target;
    }
}

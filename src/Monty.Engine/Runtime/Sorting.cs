using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Stable sorting with Python ordering, optionally by precomputed keys.</summary>
internal static class Sorting
{
    /// <summary>Sorts items in place (stable). keys, when given, align with items and decide the order.</summary>
    public static void Sort(List<PyObject> items, List<PyObject>? keys, bool reverse)
    {
        var n = items.Count;
        if (n < 2) return;
        var sortKeys = keys ?? items;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Comparison<int> compare;
        if (AllInts(sortKeys))
        {
            compare = (a, b) =>
            {
                var c = ((PyInt)sortKeys[a]).Value.CompareTo(((PyInt)sortKeys[b]).Value);
                if (reverse) c = -c;
                return c != 0 ? c : a.CompareTo(b);
            };
        }
        else if (AllStrs(sortKeys))
        {
            compare = (a, b) =>
            {
                var c = Comparison.CompareStrings(((PyStr)sortKeys[a]).Value, ((PyStr)sortKeys[b]).Value);
                if (reverse) c = -c;
                return c != 0 ? c : a.CompareTo(b);
            };
        }
        else
        {
            var count = 0;
            compare = (a, b) =>
            {
                if ((++count & 4095) == 0) Budget.CheckTime();
                int c;
                if (Comparison.Compare(sortKeys[a], sortKeys[b], Comparison.Op.Lt)) c = -1;
                else if (Comparison.Compare(sortKeys[b], sortKeys[a], Comparison.Op.Lt)) c = 1;
                else c = 0;
                if (reverse) c = -c;
                return c != 0 ? c : a.CompareTo(b);
            };
        }
        try
        {
            Array.Sort(order, compare);
        }
        catch (InvalidOperationException e) when (e.InnerException is PyException pe)
        {
            throw pe;
        }
        var sorted = new PyObject[n];
        for (var i = 0; i < n; i++) sorted[i] = items[order[i]];
        for (var i = 0; i < n; i++) items[i] = sorted[i];
    }

    private static bool AllInts(List<PyObject> items)
    {
        foreach (var x in items)
            if (x is not PyInt) return false;
        return true;
    }

    private static bool AllStrs(List<PyObject> items)
    {
        foreach (var x in items)
            if (x is not PyStr) return false;
        return true;
    }
}

using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>list.sort without a key function. Follows CPython's timsort for run detection and
/// binary insertion (so lists under 64 items make exactly CPython's comparisons, in its order:
/// same TypeError operands, same partial state after an error), then merges runs stably.
/// Lists of only ints, only strs or only floats sort on unboxed keys.</summary>
internal static class ListSort
{
    public static void Sort(PyList list, bool reverse)
    {
        var items = list.Items;
        var n = items.Count;
        if (n < 2) return;
        // CPython empties the list while sorting and puts the (possibly partly sorted)
        // items back even when a comparison fails.
        var values = items.ToArray();
        items.Clear();
        var modified = false;
        try
        {
            if (reverse) Array.Reverse(values);
            SortValues(values);
        }
        finally
        {
            modified = items.Count != 0;
            if (reverse) Array.Reverse(values);
            items.Clear();
            items.AddRange(values);
        }
        if (modified) throw PyErrors.ValueError("list modified during sort");
    }

    /// <summary>Sorts values by precomputed keys (keys[i] belongs to values[i]); used by the
    /// key= path once the prelude has called the key function on every item.</summary>
    public static void SortByKeys(PyObject[] keys, PyObject[] values, bool reverse)
    {
        if (keys.Length < 2) return;
        try
        {
            if (reverse)
            {
                Array.Reverse(keys);
                Array.Reverse(values);
            }
            SortKeyed(keys, values);
        }
        finally
        {
            if (reverse)
            {
                Array.Reverse(keys);
                Array.Reverse(values);
            }
        }
    }

    private static void SortValues(PyObject[] values)
    {
        var kind = Classify(values);
        switch (kind)
        {
            case Kind.Int:
                {
                    var keys = new long[values.Length];
                    var small = true;
                    for (var i = 0; i < values.Length; i++)
                    {
                        var v = ((PyInt)values[i]).Value;
                        keys[i] = v;
                        small &= v is >= int.MinValue and <= int.MaxValue;
                    }
                    if (small)
                    {
                        // value:index packed in one long is unique and ordered as the stable sort
                        // wants, so the (much faster, unstable) introsort gives the same result.
                        // int comparisons cannot fail, so CPython's error-time states do not arise.
                        for (var i = 0; i < keys.Length; i++) keys[i] = (keys[i] << 32) | (uint)i;
                        Array.Sort(keys, values);
                        return;
                    }
                    TimSort<long, LongLess>.Run(keys, values, default);
                    return;
                }
            case Kind.Float:
                {
                    var keys = new double[values.Length];
                    for (var i = 0; i < values.Length; i++) keys[i] = ((PyFloat)values[i]).Value;
                    TimSort<double, DoubleLess>.Run(keys, values, default);
                    return;
                }
            case Kind.Str:
                {
                    var keys = new string[values.Length];
                    var simple = true;
                    for (var i = 0; i < values.Length; i++)
                    {
                        var s = (PyStr)values[i];
                        keys[i] = s.Value;
                        simple &= !HasSurrogates(s.Value);
                    }
                    if (simple) TimSort<string, OrdinalLess>.Run(keys, values, default);
                    else TimSort<string, CodePointLess>.Run(keys, values, default);
                    return;
                }
            default:
                TimSort<PyObject, ObjectLess>.Run(values, null, default);
                return;
        }
    }

    private static void SortKeyed(PyObject[] keys, PyObject[] values) =>
        TimSort<PyObject, ObjectLess>.Run(keys, values, default);

    private enum Kind { Mixed, Int, Float, Str }

    private static Kind Classify(PyObject[] items)
    {
        var first = items[0] switch
        {
            PyInt => Kind.Int,
            PyFloat => Kind.Float,
            PyStr => Kind.Str,
            _ => Kind.Mixed,
        };
        if (first == Kind.Mixed) return first;
        for (var i = 1; i < items.Length; i++)
        {
            var ok = first switch
            {
                Kind.Int => items[i] is PyInt,
                Kind.Float => items[i] is PyFloat,
                _ => items[i] is PyStr,
            };
            if (!ok) return Kind.Mixed;
        }
        return first;
    }

    private static bool HasSurrogates(string s)
    {
        foreach (var c in s)
            if (char.IsSurrogate(c)) return true;
        return false;
    }

    internal interface ILess<in T>
    {
        bool Less(T a, T b);
    }

    private struct LongLess : ILess<long>
    {
        public readonly bool Less(long a, long b) => a < b;
    }

    // Plain < on doubles is exactly CPython's float comparison, NaN behaviour included.
    private struct DoubleLess : ILess<double>
    {
        public readonly bool Less(double a, double b) => a < b;
    }

    // Without surrogates, UTF-16 ordinal order is code point order.
    private struct OrdinalLess : ILess<string>
    {
        public readonly bool Less(string a, string b) => string.CompareOrdinal(a, b) < 0;
    }

    private struct CodePointLess : ILess<string>
    {
        public readonly bool Less(string a, string b) => Comparison.CompareStrings(a, b) < 0;
    }

    private struct ObjectLess : ILess<PyObject>
    {
        public readonly bool Less(PyObject a, PyObject b) => Comparison.Compare(a, b, Comparison.Op.Lt);
    }

    /// <summary>The sort proper over keys, moving values (when given) alongside.</summary>
    private static class TimSort<TKey, TLess> where TLess : struct, ILess<TKey>
    {
        public static void Run(TKey[] keys, PyObject[]? values, TLess less)
        {
            var n = keys.Length;
            var minRun = MinRun(n);
            var runStarts = new List<int>();
            var lo = 0;
            while (lo < n)
            {
                Budget.CheckTime();
                var remaining = n - lo;
                var runLen = CountRun(keys, lo, n, out var descending, less);
                if (descending) Reverse(keys, values, lo, lo + runLen);
                if (runLen < minRun)
                {
                    var force = remaining <= minRun ? remaining : minRun;
                    BinarySort(keys, values, lo, lo + force, lo + runLen, less);
                    runLen = force;
                }
                runStarts.Add(lo);
                lo += runLen;
            }
            if (runStarts.Count > 1) MergeAll(keys, values, runStarts, less);
        }

        /// <summary>merge_compute_minrun from listobject.c.</summary>
        private static int MinRun(int n)
        {
            var r = 0;
            while (n >= 64)
            {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /// <summary>count_run: length of the run at lo; strictly descending runs are flagged.</summary>
        private static int CountRun(TKey[] keys, int lo, int hi, out bool descending, TLess less)
        {
            descending = false;
            var i = lo + 1;
            if (i == hi) return 1;
            var n = 2;
            if (less.Less(keys[i], keys[i - 1]))
            {
                descending = true;
                for (i++; i < hi; i++, n++)
                    if (!less.Less(keys[i], keys[i - 1])) break;
            }
            else
            {
                for (i++; i < hi; i++, n++)
                    if (less.Less(keys[i], keys[i - 1])) break;
            }
            return n;
        }

        private static void Reverse(TKey[] keys, PyObject[]? values, int lo, int hi)
        {
            Array.Reverse(keys, lo, hi - lo);
            if (values is not null) Array.Reverse(values, lo, hi - lo);
        }

        /// <summary>binarysort: [lo, start) is sorted; insert each later item after its equals.</summary>
        private static void BinarySort(TKey[] keys, PyObject[]? values, int lo, int hi, int start, TLess less)
        {
            if (lo == start) start++;
            for (; start < hi; start++)
            {
                var l = lo;
                var r = start;
                var pivot = keys[r];
                do
                {
                    var p = l + ((r - l) >> 1);
                    if (less.Less(pivot, keys[p])) r = p;
                    else l = p + 1;
                } while (l < r);
                Array.Copy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values is not null)
                {
                    var pv = values[start];
                    Array.Copy(values, l, values, l + 1, start - l);
                    values[l] = pv;
                }
            }
        }

        /// <summary>Bottom-up merging of adjacent runs. Only the comparisons differ from CPython's
        /// galloping merges; for any consistent order the result is the same stable order.</summary>
        private static void MergeAll(TKey[] keys, PyObject[]? values, List<int> runStarts, TLess less)
        {
            var n = keys.Length;
            var tmpKeys = new TKey[n];
            var tmpValues = values is null ? null : new PyObject[n];
            var starts = runStarts;
            while (starts.Count > 1)
            {
                var next = new List<int>((starts.Count + 1) / 2);
                for (var i = 0; i < starts.Count; i += 2)
                {
                    next.Add(starts[i]);
                    if (i + 1 >= starts.Count) break;
                    var end = i + 2 < starts.Count ? starts[i + 2] : n;
                    Budget.CheckTime();
                    Merge(keys, values, tmpKeys, tmpValues, starts[i], starts[i + 1], end, less);
                }
                starts = next;
            }
        }

        private static void Merge(TKey[] keys, PyObject[]? values, TKey[] tmpKeys, PyObject[]? tmpValues, int lo, int mid, int hi, TLess less)
        {
            // Already in order: nothing to do (common for nearly sorted input).
            if (!less.Less(keys[mid], keys[mid - 1])) return;
            var leftLen = mid - lo;
            Array.Copy(keys, lo, tmpKeys, 0, leftLen);
            if (values is not null) Array.Copy(values, lo, tmpValues!, 0, leftLen);
            int a = 0, b = mid, dest = lo;
            try
            {
                while (a < leftLen && b < hi)
                {
                    // Take from the right only when strictly smaller: this keeps the merge stable.
                    if (less.Less(keys[b], tmpKeys[a]))
                    {
                        keys[dest] = keys[b];
                        if (values is not null) values[dest] = values[b];
                        b++;
                    }
                    else
                    {
                        keys[dest] = tmpKeys[a];
                        if (values is not null) values[dest] = tmpValues![a];
                        a++;
                    }
                    dest++;
                }
            }
            finally
            {
                // Also runs when a comparison throws, so the array stays a permutation of the items.
                Array.Copy(tmpKeys, a, keys, dest, leftLen - a);
                if (values is not null) Array.Copy(tmpValues!, a, values, dest, leftLen - a);
            }
        }
    }
}

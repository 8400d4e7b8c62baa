using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin list type.</summary>
internal static class ListMethods
{
    public static void Register(PyType type)
    {
        TypeSetup.Method(type, "append", Append);
        TypeSetup.Method(type, "extend", Extend);
        TypeSetup.Method(type, "insert", Insert);
        TypeSetup.Method(type, "remove", Remove);
        TypeSetup.Method(type, "pop", Pop);
        TypeSetup.Method(type, "index", Index);
        TypeSetup.Method(type, "count", Count);
        TypeSetup.Method(type, "clear", Clear);
        TypeSetup.Method(type, "copy", Copy);
        TypeSetup.Method(type, "reverse", Reverse);
        TypeSetup.Method(type, "sort", Sort);
    }

    private static PyList Self(PyObject[] args, string name) => MethodArgs.Self<PyList>(args, PyTypes.List, name);

    /// <summary>Charges only when the backing array grows, so append stays O(1) amortised in
    /// accounting too, yet an endless append loop still hits the memory limit.</summary>
    private static void ChargeGrowth(List<PyObject> items, long added)
    {
        var needed = items.Count + added;
        if (needed > items.Capacity) Budget.ChargeContainer(Math.Max(needed, items.Capacity * 2L));
    }

    private static PyObject Append(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "append");
        NativeArgs.NoKeywords("list.append", kwargs);
        NativeArgs.MethodCount("list.append", args, 1, 1);
        ChargeGrowth(self.Items, 1);
        self.Items.Add(args[1]);
        return PySingleton.None;
    }

    private static PyObject Extend(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "extend");
        NativeArgs.NoKeywords("list.extend", kwargs);
        NativeArgs.MethodCount("list.extend", args, 1, 1);
        var source = args[1];
        if (source is PyTuple t)
        {
            ChargeGrowth(self.Items, t.Count);
            self.Items.AddRange(t.Items);
            return PySingleton.None;
        }
        // Collect before touching the list: l.extend(l) must see the old items, and a
        // generator makes the VM re-run this call with a list in its place.
        var items = Iteration.ToList(source);
        ChargeGrowth(self.Items, items.Count);
        self.Items.AddRange(items);
        return PySingleton.None;
    }

    private static PyObject Insert(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "insert");
        NativeArgs.NoKeywords("list.insert", kwargs);
        MethodArgs.Positional("insert", args, 2, 2);
        var index = MethodArgs.SsizeT(args[1]);
        var n = self.Items.Count;
        if (index < 0)
        {
            index += n;
            if (index < 0) index = 0;
        }
        else if (index > n)
        {
            index = n;
        }
        ChargeGrowth(self.Items, 1);
        self.Items.Insert((int)index, args[2]);
        return PySingleton.None;
    }

    private static PyObject Remove(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "remove");
        NativeArgs.NoKeywords("list.remove", kwargs);
        NativeArgs.MethodCount("list.remove", args, 1, 1);
        var items = self.Items;
        var value = args[1];
        for (var i = 0; i < items.Count; i++)
        {
            if (MethodArgs.Same(items[i], value))
            {
                items.RemoveAt(i);
                return PySingleton.None;
            }
        }
        throw PyErrors.ValueError("list.remove(x): x not in list");
    }

    private static PyObject Pop(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "pop");
        NativeArgs.NoKeywords("list.pop", kwargs);
        MethodArgs.Positional("pop", args, 0, 1);
        var items = self.Items;
        var index = args.Length > 1 ? MethodArgs.SsizeT(args[1]) : -1;
        if (items.Count == 0) throw PyErrors.IndexError("pop from empty list");
        if (index < 0) index += items.Count;
        if ((ulong)index >= (ulong)items.Count) throw PyErrors.IndexError("pop index out of range");
        var value = items[(int)index];
        items.RemoveAt((int)index);
        return value;
    }

    private static PyObject Index(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "index");
        NativeArgs.NoKeywords("list.index", kwargs);
        MethodArgs.Positional("index", args, 1, 3);
        var items = self.Items;
        var value = args[1];
        var (start, stop) = IndexBounds(args, items.Count);
        // items.Count is re-read: an equality test cannot shrink the list today, but CPython guards it too.
        for (var i = start; i < stop && i < items.Count; i++)
            if (MethodArgs.Same(items[(int)i], value)) return PyInt.Get(i);
        throw PyErrors.ValueError($"{Repr.Of(value)} is not in list");
    }

    /// <summary>start/stop of list.index and tuple.index, adjusted as CPython does.</summary>
    internal static (long Start, long Stop) IndexBounds(PyObject[] args, int count)
    {
        long start = 0, stop = long.MaxValue;
        if (args.Length > 2)
        {
            start = MethodArgs.SliceBound(args[2]);
            if (start < 0)
            {
                start += count;
                if (start < 0) start = 0;
            }
        }
        if (args.Length > 3)
        {
            stop = MethodArgs.SliceBound(args[3]);
            if (stop < 0)
            {
                stop += count;
                if (stop < 0) stop = 0;
            }
        }
        return (start, stop);
    }

    private static PyObject Count(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "count");
        NativeArgs.NoKeywords("list.count", kwargs);
        NativeArgs.MethodCount("list.count", args, 1, 1);
        var items = self.Items;
        var value = args[1];
        var n = 0;
        for (var i = 0; i < items.Count; i++)
            if (MethodArgs.Same(items[i], value)) n++;
        return PyInt.Get(n);
    }

    private static PyObject Clear(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "clear");
        NativeArgs.NoKeywords("list.clear", kwargs);
        NativeArgs.MethodCount("list.clear", args, 0, 0);
        self.Items.Clear();
        return PySingleton.None;
    }

    private static PyObject Copy(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "copy");
        NativeArgs.NoKeywords("list.copy", kwargs);
        NativeArgs.MethodCount("list.copy", args, 0, 0);
        Budget.ChargeContainer(self.Count);
        return new PyList(new List<PyObject>(self.Items));
    }

    private static PyObject Reverse(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "reverse");
        NativeArgs.NoKeywords("list.reverse", kwargs);
        NativeArgs.MethodCount("list.reverse", args, 0, 0);
        self.Items.Reverse();
        return PySingleton.None;
    }

    private static PyObject Sort(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "sort");
        if (args.Length > 1) throw PyErrors.TypeError("sort() takes no positional arguments");
        PyObject key = PySingleton.None;
        var reverse = false;
        if (kwargs is not null)
        {
            for (var i = 0; i < kwargs.Count; i++)
            {
                switch (kwargs.Names[i])
                {
                    case "key":
                        key = kwargs.Values[i];
                        break;
                    case "reverse":
                        reverse = MethodArgs.CInt(kwargs.Values[i]) != 0;
                        break;
                    default:
                        throw PyErrors.TypeError($"'{kwargs.Names[i]}' is an invalid keyword argument for sort()");
                }
            }
        }
        if (ReferenceEquals(key, PySingleton.None) && UserProtocol.AnyUser(self.Items))
            return new TailCall(VirtualMachine.Current.Prelude.Get("__sorted_instances"), [self, PyBool.Of(reverse)]);
        if (!ReferenceEquals(key, PySingleton.None))
        {
            // The key function is Python code: the prelude calls it, then SortByKeys.
            var helper = PreludeFunctions.SortWithKey ?? throw PyErrors.Unsupported("list.sort(key=...)");
            return new TailCall(helper, [self, key, PyBool.Of(reverse)]);
        }
        ListSort.Sort(self, reverse);
        return PySingleton.None;
    }

    /// <summary>Native half of list.sort(key=...): sort_by_keys(list, keys, reverse), where keys is
    /// a list with key(item) for each item, computed by the prelude. Fails with CPython's
    /// "list modified during sort" if the key calls changed the list's length.</summary>
    public static PyObject SortByKeys(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("sort_by_keys", kwargs);
        NativeArgs.Count("sort_by_keys", args, 3, 3);
        var list = (PyList)args[0];
        var keys = ((PyList)args[1]).Items.ToArray();
        var reverse = Ops.Truthy(args[2]);
        var values = list.Items.ToArray();
        if (keys.Length != values.Length) throw PyErrors.ValueError("list modified during sort");
        list.Items.Clear();
        try
        {
            ListSort.SortByKeys(keys, values, reverse);
        }
        finally
        {
            list.Items.Clear();
            list.Items.AddRange(values);
        }
        return PySingleton.None;
    }
}

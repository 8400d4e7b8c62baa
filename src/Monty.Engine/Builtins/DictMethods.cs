using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin dict type.</summary>
internal static class DictMethods
{
    public static void Register(PyType type)
    {
        TypeSetup.Method(type, "keys", (a, k) => View(a, k, "keys", HashTableIterator.Kind.Keys));
        TypeSetup.Method(type, "values", (a, k) => View(a, k, "values", HashTableIterator.Kind.Values));
        TypeSetup.Method(type, "items", (a, k) => View(a, k, "items", HashTableIterator.Kind.Items));
        TypeSetup.Method(type, "get", Get);
        TypeSetup.Method(type, "setdefault", SetDefault);
        TypeSetup.Method(type, "pop", Pop);
        TypeSetup.Method(type, "popitem", PopItem);
        TypeSetup.Method(type, "update", Update);
        TypeSetup.Method(type, "clear", Clear);
        TypeSetup.Method(type, "copy", Copy);
        // A classmethod in CPython: callable on the type and on instances, never bound to self.
        TypeSetup.StaticMethod(type, "fromkeys", FromKeys);
    }

    private static PyDict Self(PyObject[] args, string name) => MethodArgs.Self<PyDict>(args, PyTypes.Dict, name);

    private static PyObject View(PyObject[] args, KeywordArgs? kwargs, string name, HashTableIterator.Kind kind)
    {
        var self = Self(args, name);
        NativeArgs.NoKeywords("dict." + name, kwargs);
        NativeArgs.MethodCount("dict." + name, args, 0, 0);
        return new DictView(self, kind);
    }

    private static PyObject Get(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "get");
        NativeArgs.NoKeywords("dict.get", kwargs);
        MethodArgs.Positional("get", args, 1, 2);
        return self.Table.Get(args[1]) ?? (args.Length > 2 ? args[2] : PySingleton.None);
    }

    private static PyObject SetDefault(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "setdefault");
        NativeArgs.NoKeywords("dict.setdefault", kwargs);
        MethodArgs.Positional("setdefault", args, 1, 2);
        var key = args[1];
        var hash = Hashing.Hash(key);
        if (self.Table.Get(key, hash) is { } existing) return existing;
        var value = args.Length > 2 ? args[2] : PySingleton.None;
        self.Table.Set(key, hash, value);
        return value;
    }

    private static PyObject Pop(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "pop");
        NativeArgs.NoKeywords("dict.pop", kwargs);
        MethodArgs.Positional("pop", args, 1, 2);
        return self.Table.Remove(args[1]) ?? (args.Length > 2 ? args[2] : throw PyErrors.KeyError(args[1]));
    }

    private static PyObject PopItem(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "popitem");
        NativeArgs.NoKeywords("dict.popitem", kwargs);
        NativeArgs.MethodCount("dict.popitem", args, 0, 0);
        if (!self.Table.PopLast(out var key, out var value))
            throw PyErrors.KeyError(PyStr.Of("popitem(): dictionary is empty"));
        return new PyTuple([key, value]);
    }

    private static PyObject Update(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "update");
        MethodArgs.Positional("update", args, 0, 1);
        if (args.Length > 1) UpdateFrom(self, args[1]);
        if (kwargs is not null) UpdateFromKeywords(self, kwargs);
        return PySingleton.None;
    }

    private static PyObject Clear(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "clear");
        NativeArgs.NoKeywords("dict.clear", kwargs);
        NativeArgs.MethodCount("dict.clear", args, 0, 0);
        self.Table.Clear();
        return PySingleton.None;
    }

    private static PyObject Copy(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "copy");
        NativeArgs.NoKeywords("dict.copy", kwargs);
        NativeArgs.MethodCount("dict.copy", args, 0, 0);
        Budget.ChargeContainer(self.Count * 3L);
        return new PyDict(self.Table.Copy());
    }

    /// <summary>dict.fromkeys(iterable, value=None); args has no receiver.</summary>
    public static PyObject FromKeys(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("dict.fromkeys", kwargs);
        MethodArgs.PositionalNoSelf("fromkeys", args, 1, 2);
        var value = args.Length > 1 ? args[1] : PySingleton.None;
        var result = new PyDict();
        switch (args[0])
        {
            case PyDict d:
                Budget.ChargeContainer(d.Count * 3L);
                foreach (var kv in d.Table.Entries()) result.Set(kv.Key, value);
                return result;
            case PySet s:
                Budget.ChargeContainer(s.Count * 3L);
                foreach (var kv in s.Table.Entries()) result.Set(kv.Key, value);
                return result;
        }
        var keys = Iteration.AsReadOnlyList(args[0]);
        Budget.ChargeContainer(keys.Count * 3L);
        for (var i = 0; i < keys.Count; i++) result.Set(keys[i], value);
        return result;
    }

    /// <summary>The positional half of dict.update and dict(): a dict, or an iterable of pairs.</summary>
    public static void UpdateFrom(PyDict target, PyObject source)
    {
        if (source is PyDict d)
        {
            if (ReferenceEquals(d, target)) return;
            Budget.ChargeContainer(d.Count * 3L);
            foreach (var kv in d.Table.Entries()) target.Table.Set(kv.Key, kv.Value);
            return;
        }
        if (!Iteration.IsNative(source) && source is not PyGenerator && source.Type.Lookup("keys") is not null)
        {
            // A user mapping: keys() and [] run as nested calls (a host call there is refused).
            var vm = VirtualMachine.Current;
            vm.CallNested(vm.Prelude.Get("__update_from_mapping"), [target, source]);
            return;
        }

        // Collect every pair first (a generator anywhere makes the VM re-run the call, so
        // nothing may be inserted yet); on a malformed element, insert the pairs before it
        // and then fail, which leaves the dict as CPython leaves it.
        var elements = Iteration.AsReadOnlyList(source);
        var keys = new PyObject[elements.Count];
        var values = new PyObject[elements.Count];
        var n = 0;
        PyException? error = null;
        for (; n < elements.Count; n++)
        {
            error = PairOf(elements[n], n, out keys[n], out values[n]);
            if (error is not null) break;
        }
        Budget.ChargeContainer(n * 3L);
        for (var i = 0; i < n; i++) target.Table.Set(keys[i], values[i]);
        if (error is not null) throw error;
    }

    private static PyException? PairOf(PyObject element, int index, out PyObject key, out PyObject value)
    {
        key = value = null!;
        IReadOnlyList<PyObject> pair;
        switch (element)
        {
            case PyTuple t:
                pair = t.Items;
                break;
            case PyList l:
                pair = l.Items;
                break;
            default:
                if (!Iteration.IsNative(element) && element is not PyGenerator && element.Type.Lookup("__iter__") is null)
                    return PyErrors.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
                pair = Iteration.ToList(element);
                break;
        }
        if (pair.Count != 2)
            return PyErrors.ValueError($"dictionary update sequence element #{index} has length {pair.Count}; 2 is required");
        key = pair[0];
        value = pair[1];
        return null;
    }

    public static void UpdateFromKeywords(PyDict target, KeywordArgs kwargs)
    {
        Budget.ChargeContainer(kwargs.Count * 3L);
        for (var i = 0; i < kwargs.Count; i++) target.SetStr(kwargs.Names[i], kwargs.Values[i]);
    }
}

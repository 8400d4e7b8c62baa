using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of set and frozenset. Every "other" argument may be any iterable; it is
/// collected before the receiver changes (a generator makes the VM re-run the call).</summary>
internal static class SetMethods
{
    public static void Register(PyType set, PyType frozenSet)
    {
        foreach (var type in new[] { set, frozenSet })
        {
            var t = type;
            TypeSetup.Method(t, "copy", (a, k) => Copy(t, a, k));
            TypeSetup.Method(t, "union", (a, k) => Union(t, a, k));
            TypeSetup.Method(t, "intersection", (a, k) => Intersection(t, a, k));
            TypeSetup.Method(t, "difference", (a, k) => Difference(t, a, k));
            TypeSetup.Method(t, "symmetric_difference", (a, k) => SymmetricDifference(t, a, k));
            TypeSetup.Method(t, "issubset", (a, k) => IsSubset(t, a, k));
            TypeSetup.Method(t, "issuperset", (a, k) => IsSuperset(t, a, k));
            TypeSetup.Method(t, "isdisjoint", (a, k) => IsDisjoint(t, a, k));
        }
        TypeSetup.Method(set, "add", Add);
        TypeSetup.Method(set, "remove", Remove);
        TypeSetup.Method(set, "discard", Discard);
        TypeSetup.Method(set, "pop", Pop);
        TypeSetup.Method(set, "clear", Clear);
        TypeSetup.Method(set, "update", Update);
        TypeSetup.Method(set, "intersection_update", IntersectionUpdate);
        TypeSetup.Method(set, "difference_update", DifferenceUpdate);
        TypeSetup.Method(set, "symmetric_difference_update", SymmetricDifferenceUpdate);
    }

    private static PySet Self(PyType type, PyObject[] args, string name) => MethodArgs.Self<PySet>(args, type, name);

    private static PySet MutableSelf(PyObject[] args, string name) => MethodArgs.Self<PySet>(args, PyTypes.Set, name);

    /// <summary>The members of another iterable as a table: sets and dicts as they are, anything else collected.</summary>
    private static HashTable TableOf(PyObject other)
    {
        switch (other)
        {
            case PySet s:
                return s.Table;
            case PyDict d:
                return d.Table;
        }
        var items = Iteration.AsReadOnlyList(other);
        Budget.ChargeContainer(items.Count * 3L);
        var table = new HashTable();
        for (var i = 0; i < items.Count; i++) table.Set(items[i], PySingleton.None);
        return table;
    }

    /// <summary>Tables of all the "others" (args after self), collected before any change.</summary>
    private static HashTable[] TablesOf(PyObject[] args)
    {
        var tables = new HashTable[args.Length - 1];
        for (var i = 1; i < args.Length; i++) tables[i - 1] = TableOf(args[i]);
        return tables;
    }

    /// <summary>A set used as an element to look up is looked up as the equal frozenset, as CPython does.</summary>
    private static PyObject LookupKey(PyObject key) => key is PySet { Frozen: false } s ? new PySet(s.Table, frozen: true) : key;

    private static PyObject Copy(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "copy");
        NativeArgs.NoKeywords(type.Name + ".copy", kwargs);
        NativeArgs.MethodCount(type.Name + ".copy", args, 0, 0);
        if (self.Frozen) return self;
        Budget.ChargeContainer(self.Count * 3L);
        return new PySet(self.Table.Copy(), false);
    }

    private static PyObject Union(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "union");
        NativeArgs.NoKeywords(type.Name + ".union", kwargs);
        var others = TablesOf(args);
        var result = new PySet(self.Table.Copy(), self.Frozen);
        foreach (var table in others) AddAll(result.Table, table);
        return result;
    }

    private static void AddAll(HashTable target, HashTable source)
    {
        Budget.ChargeContainer(source.Count * 3L);
        for (var pos = 0; pos < source.EntryLimit; pos++)
            if (source.TryGetEntry(pos, out var key, out _)) target.Set(key, PySingleton.None);
    }

    private static HashTable Intersect(HashTable a, HashTable b)
    {
        var result = new HashTable();
        for (var pos = 0; pos < a.EntryLimit; pos++)
            if (a.TryGetEntry(pos, out var key, out _) && b.ContainsKey(key)) result.Set(key, PySingleton.None);
        return result;
    }

    private static HashTable Subtract(HashTable a, HashTable b)
    {
        var result = new HashTable();
        for (var pos = 0; pos < a.EntryLimit; pos++)
            if (a.TryGetEntry(pos, out var key, out _) && !b.ContainsKey(key)) result.Set(key, PySingleton.None);
        return result;
    }

    private static HashTable SymmetricDiff(HashTable a, HashTable b)
    {
        var result = Subtract(a, b);
        for (var pos = 0; pos < b.EntryLimit; pos++)
            if (b.TryGetEntry(pos, out var key, out _) && !a.ContainsKey(key)) result.Set(key, PySingleton.None);
        return result;
    }

    private static PyObject Intersection(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "intersection");
        NativeArgs.NoKeywords(type.Name + ".intersection", kwargs);
        var others = TablesOf(args);
        var result = self.Table.Copy();
        foreach (var table in others) result = Intersect(result, table);
        return new PySet(result, self.Frozen);
    }

    private static PyObject Difference(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "difference");
        NativeArgs.NoKeywords(type.Name + ".difference", kwargs);
        var others = TablesOf(args);
        var result = self.Table.Copy();
        foreach (var table in others) result = Subtract(result, table);
        return new PySet(result, self.Frozen);
    }

    private static PyObject SymmetricDifference(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "symmetric_difference");
        NativeArgs.NoKeywords(type.Name + ".symmetric_difference", kwargs);
        NativeArgs.MethodCount(type.Name + ".symmetric_difference", args, 1, 1);
        return new PySet(SymmetricDiff(self.Table, TableOf(args[1])), self.Frozen);
    }

    private static PyObject IsSubset(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "issubset");
        NativeArgs.NoKeywords(type.Name + ".issubset", kwargs);
        NativeArgs.MethodCount(type.Name + ".issubset", args, 1, 1);
        var other = TableOf(args[1]);
        if (self.Count > other.Count) return PyBool.False;
        for (var pos = 0; pos < self.Table.EntryLimit; pos++)
            if (self.Table.TryGetEntry(pos, out var key, out _) && !other.ContainsKey(key)) return PyBool.False;
        return PyBool.True;
    }

    private static PyObject IsSuperset(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "issuperset");
        NativeArgs.NoKeywords(type.Name + ".issuperset", kwargs);
        NativeArgs.MethodCount(type.Name + ".issuperset", args, 1, 1);
        if (args[1] is PySet or PyDict)
        {
            var other = TableOf(args[1]);
            for (var pos = 0; pos < other.EntryLimit; pos++)
                if (other.TryGetEntry(pos, out var key, out _) && !self.Table.ContainsKey(key)) return PyBool.False;
            return PyBool.True;
        }
        // Any iterable: stop at the first missing item, as CPython does.
        foreach (var item in Iteration.AsReadOnlyList(args[1]))
            if (!self.Table.ContainsKey(item)) return PyBool.False;
        return PyBool.True;
    }

    private static PyObject IsDisjoint(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(type, args, "isdisjoint");
        NativeArgs.NoKeywords(type.Name + ".isdisjoint", kwargs);
        NativeArgs.MethodCount(type.Name + ".isdisjoint", args, 1, 1);
        if (args[1] is PySet or PyDict)
        {
            var other = TableOf(args[1]);
            var (small, large) = other.Count < self.Count ? (other, self.Table) : (self.Table, other);
            for (var pos = 0; pos < small.EntryLimit; pos++)
                if (small.TryGetEntry(pos, out var key, out _) && large.ContainsKey(key)) return PyBool.False;
            return PyBool.True;
        }
        foreach (var item in Iteration.AsReadOnlyList(args[1]))
            if (self.Table.ContainsKey(item)) return PyBool.False;
        return PyBool.True;
    }

    private static PyObject Add(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "add");
        NativeArgs.NoKeywords("set.add", kwargs);
        NativeArgs.MethodCount("set.add", args, 1, 1);
        // Charged every 8 insertions: amortised like the table's own growth.
        if ((self.Count & 7) == 0) Budget.ChargeContainer(24);
        self.Add(args[1]);
        return PySingleton.None;
    }

    private static PyObject Remove(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "remove");
        NativeArgs.NoKeywords("set.remove", kwargs);
        NativeArgs.MethodCount("set.remove", args, 1, 1);
        if (self.Table.Remove(LookupKey(args[1])) is null) throw PyErrors.KeyError(args[1]);
        return PySingleton.None;
    }

    private static PyObject Discard(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "discard");
        NativeArgs.NoKeywords("set.discard", kwargs);
        NativeArgs.MethodCount("set.discard", args, 1, 1);
        self.Table.Remove(LookupKey(args[1]));
        return PySingleton.None;
    }

    private static PyObject Pop(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "pop");
        NativeArgs.NoKeywords("set.pop", kwargs);
        NativeArgs.MethodCount("set.pop", args, 0, 0);
        if (!self.Table.PopFirst(out var key, out _)) throw PyErrors.KeyError(PyStr.Of("pop from an empty set"));
        return key;
    }

    private static PyObject Clear(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "clear");
        NativeArgs.NoKeywords("set.clear", kwargs);
        NativeArgs.MethodCount("set.clear", args, 0, 0);
        self.Table.Clear();
        return PySingleton.None;
    }

    private static PyObject Update(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "update");
        NativeArgs.NoKeywords("set.update", kwargs);
        var others = TablesOf(args);
        foreach (var table in others) AddAll(self.Table, table);
        return PySingleton.None;
    }

    private static PyObject IntersectionUpdate(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "intersection_update");
        NativeArgs.NoKeywords("set.intersection_update", kwargs);
        var others = TablesOf(args);
        var result = self.Table;
        foreach (var table in others) result = Intersect(result, table);
        Replace(self, result);
        return PySingleton.None;
    }

    private static PyObject DifferenceUpdate(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "difference_update");
        NativeArgs.NoKeywords("set.difference_update", kwargs);
        var others = TablesOf(args);
        var result = self.Table;
        foreach (var table in others) result = Subtract(result, table);
        Replace(self, result);
        return PySingleton.None;
    }

    private static PyObject SymmetricDifferenceUpdate(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MutableSelf(args, "symmetric_difference_update");
        NativeArgs.NoKeywords("set.symmetric_difference_update", kwargs);
        NativeArgs.MethodCount("set.symmetric_difference_update", args, 1, 1);
        Replace(self, SymmetricDiff(self.Table, TableOf(args[1])));
        return PySingleton.None;
    }

    /// <summary>Gives the receiver new contents in place (its table object is fixed).</summary>
    private static void Replace(PySet target, HashTable contents)
    {
        if (ReferenceEquals(target.Table, contents)) return;
        target.Table.Clear();
        for (var pos = 0; pos < contents.EntryLimit; pos++)
            if (contents.TryGetEntry(pos, out var key, out _)) target.Table.Set(key, PySingleton.None);
    }
}

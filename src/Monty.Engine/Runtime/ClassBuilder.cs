using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Creates user classes: checks the bases, computes the C3 method resolution order and
/// fills the class namespace, as type.__new__ does.</summary>
internal static class ClassBuilder
{
    public static PyType Create(PyType? metaclass, string name, PyObject[] baseObjects, PyDict ns)
    {
        var bases = CheckBases(baseObjects);
        var type = new PyType(name, bases, Linearize(bases), metaclass);
        var layout = CheckLayout(bases);
        if (layout != PyTypes.Object && layout != PyTypes.Type && !ExceptionTypes.IsExceptionType(layout)
            && layout != PyTypes.List && layout != PyTypes.Dict && layout != PyTypes.Tuple)
            throw PyErrors.Unsupported($"subclassing the builtin type '{layout.Name}'");
        foreach (var kv in ns.Table.Entries())
        {
            if (kv.Key is not PyStr key) continue;
            var value = kv.Value;
            // Plain functions named like these are implicitly static/class methods, as in CPython.
            if (key.Value == "__new__" && value is PyFunction) value = new PyStaticMethod(value);
            else if (key.Value is "__init_subclass__" or "__class_getitem__" && value is PyFunction) value = new PyClassMethod(value);
            if (value is PyProperty { Name: null } p) p.Name = key.Value;
            type.Dict[key.Value] = value;
        }
        // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
        if (type.Dict.ContainsKey("__eq__") && !type.Dict.ContainsKey("__hash__")) type.Dict["__hash__"] = PySingleton.None;
        type.QualName = ns.GetStr("__qualname__") is PyStr q ? q.Value : name;
        type.Dict.Remove("__qualname__");
        type.ModuleName = ns.GetStr("__module__") is PyStr m ? m.Value : "__main__";
        if (!type.Dict.ContainsKey("__doc__")) type.Dict["__doc__"] = PySingleton.None;
        ApplySlots(type);
        if (type.Dict.Remove("__classcell__", out var cell) && cell is PyCell c) c.Contents = type;
        foreach (var b in bases)
            if (!b.IsBuiltin) (b.Subclasses ??= []).Add(type);
        return type;
    }

    private static PyType[] CheckBases(PyObject[] baseObjects)
    {
        if (baseObjects.Length == 0) return [PyTypes.Object];
        var bases = new PyType[baseObjects.Length];
        for (var i = 0; i < bases.Length; i++)
        {
            if (baseObjects[i] is not PyType t) throw PyErrors.TypeError($"bases must be types");
            if (!t.IsBaseType) throw PyErrors.TypeError($"type '{t.Name}' is not an acceptable base type");
            for (var j = 0; j < i; j++)
                if (ReferenceEquals(bases[j], t)) throw PyErrors.TypeError($"duplicate base class {t.Name}");
            bases[i] = t;
        }
        return bases;
    }

    /// <summary>The builtin base every instance is laid out as; two unrelated ones conflict.</summary>
    private static PyType CheckLayout(PyType[] bases)
    {
        var layout = PyTypes.Object;
        foreach (var b in bases)
        {
            var candidate = SolidBase(b.BuiltinBase);
            if (candidate.IsSubtypeOf(layout)) layout = candidate;
            else if (!layout.IsSubtypeOf(candidate)) throw PyErrors.TypeError("multiple bases have instance lay-out conflict");
        }
        return layout;
    }

    /// <summary>Builtin exceptions share BaseException's layout, except those that carry fields of
    /// their own, as in CPython: so <c>class E(ArithmeticError, TypeError)</c> is allowed.</summary>
    private static PyType SolidBase(PyType builtin)
    {
        if (!builtin.IsSubtypeOf(ExceptionTypes.BaseException)) return builtin;
        foreach (var t in builtin.Mro)
            if (t == ExceptionTypes.BaseException || ExceptionsWithFields.Contains(t)) return t;
        return builtin;
    }

    private static readonly HashSet<PyType> ExceptionsWithFields =
    [
        ExceptionTypes.SystemExit, ExceptionTypes.AttributeError, ExceptionTypes.ImportError,
        ExceptionTypes.NameError, ExceptionTypes.OSError, ExceptionTypes.StopIteration,
        ExceptionTypes.SyntaxError, ExceptionTypes.UnicodeDecodeError, ExceptionTypes.UnicodeEncodeError,
    ];

    /// <summary>C3 linearization of the bases (the class itself excluded).</summary>
    public static PyType[] Linearize(PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (var b in bases) sequences.Add([.. b.Mro]);
        sequences.Add([.. bases]);
        var result = new List<PyType>();
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return [.. result];
            PyType? next = null;
            foreach (var s in sequences)
            {
                var head = s[0];
                if (!sequences.Any(other => other.IndexOf(head) > 0))
                {
                    next = head;
                    break;
                }
            }
            if (next is null)
            {
                var heads = sequences.Select(s => s[0]).Distinct().Select(t => t.Name);
                throw PyErrors.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", heads));
            }
            result.Add(next);
            foreach (var s in sequences)
                if (ReferenceEquals(s[0], next)) s.RemoveAt(0);
        }
    }

    private static void ApplySlots(PyType type)
    {
        var inheritedDict = type.Mro.Skip(1).Any(t => !t.IsBuiltin && t.InstancesHaveDict);
        if (!type.Dict.TryGetValue("__slots__", out var slots))
        {
            type.InstancesHaveDict = true;
            return;
        }
        var names = slots is PyStr single ? [single.Value] : Iteration.ToList(slots).Select(o =>
            o is PyStr s ? s.Value : throw PyErrors.TypeError($"__slots__ items must be strings, not '{o.Type.Name}'")).ToList();
        type.InstancesHaveDict = inheritedDict || names.Contains("__dict__");
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in type.Mro.Skip(1))
            if (t.SlotNames is not null) allowed.UnionWith(t.SlotNames);
        foreach (var n in names)
        {
            if (type.Dict.ContainsKey(n) && n != "__dict__")
                throw PyErrors.ValueError($"'{n}' in __slots__ conflicts with class variable");
            allowed.Add(n);
        }
        type.SlotNames = allowed;
    }
}

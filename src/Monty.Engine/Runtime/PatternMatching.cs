using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>The runtime checks behind the match statement's opcodes (PEP 634), with CPython 3.11's
/// rules and error texts. Comparisons, guards and bindings are ordinary bytecode around these.</summary>
internal static class PatternMatching
{
    /// <summary>Sequence patterns match lists, tuples and ranges; str and bytes are deliberately not sequences here.</summary>
    public static bool IsSequence(PyObject subject) => subject is PyList or PyTuple or PyRange;

    public static bool IsMapping(PyObject subject) => subject is PyDict;

    /// <summary>Looks every key up with get() semantics (no __missing__); None if one is absent.
    /// Keys that are equal to an earlier key (value patterns) are a ValueError, as in CPython.</summary>
    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        var dict = (PyDict)subject;
        var seen = new HashTable();
        var values = new PyObject[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys.Items[i];
            if (seen.ContainsKey(key))
                throw PyErrors.ValueError($"mapping pattern checks duplicate key ({Repr.Of(key)})");
            seen.Set(key, PySingleton.None);
            var value = dict.Get(key);
            if (value is null) return PySingleton.None;
            values[i] = value;
        }
        return new PyTuple(values);
    }

    /// <summary>A new dict of the subject's items minus the matched keys (for **rest).</summary>
    public static PyDict DictWithoutKeys(PyObject subject, PyTuple keys)
    {
        var rest = new PyDict(((PyDict)subject).Table.Copy());
        Limits.Budget.ChargeContainer(rest.Count);
        foreach (var key in keys.Items) rest.Table.Remove(key);
        return rest;
    }

    /// <summary>The class pattern check: isinstance, then which attributes the positional
    /// sub-patterns (through __match_args__) and the keywords name, with CPython's errors. Returns
    /// None when the subject is not an instance, or the names to fetch (None = the subject itself,
    /// for bool(x), int(x)...). The fetching is Python code (prelude __match_class_attrs), since
    /// getattr can run user code.</summary>
    public static PyObject MatchClass(PyObject subject, PyObject cls, PyTuple keywordNames, int positional)
    {
        if (cls is not PyType type) throw PyErrors.TypeError("called match pattern must be a type");
        if (!subject.Type.IsSubtypeOf(type)) return PySingleton.None;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new PyObject[positional + keywordNames.Count];
        if (positional > 0)
        {
            var matchArgs = Attributes.TryGet(type, "__match_args__");
            var matchSelf = false;
            int allowed;
            if (matchArgs is not null)
            {
                if (matchArgs is not PyTuple)
                    throw PyErrors.TypeError($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                allowed = ((PyTuple)matchArgs).Count;
            }
            else
            {
                matchSelf = MatchesSelf(type);
                allowed = matchSelf ? 1 : 0;
            }
            if (allowed < positional)
            {
                var plural = allowed == 1 ? "" : "s";
                throw PyErrors.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{plural} ({positional} given)");
            }
            if (matchSelf)
            {
                names[0] = PySingleton.None;
            }
            else
            {
                var args = (PyTuple)matchArgs!;
                for (var i = 0; i < positional; i++)
                {
                    if (args.Items[i] is not PyStr name)
                        throw PyErrors.TypeError($"__match_args__ elements must be strings (got {args.Items[i].Type.Name})");
                    names[i] = CheckUnique(type, name, seen);
                }
            }
        }
        for (var i = 0; i < keywordNames.Count; i++)
            names[positional + i] = CheckUnique(type, (PyStr)keywordNames.Items[i], seen);
        return new PyTuple(names);
    }

    /// <summary>Whether no attribute has to be fetched (only the subject itself, or nothing).</summary>
    public static bool OnlySelf(PyTuple names)
    {
        foreach (var n in names.Items)
            if (n is not PySingleton) return false;
        return true;
    }

    /// <summary>The attribute values when <see cref="OnlySelf"/>: the subject for each None.</summary>
    public static PyTuple SelfAttrs(PyObject subject, PyTuple names) =>
        names.Count == 0 ? PyTuple.Empty : new PyTuple([.. names.Items.Select(_ => subject)]);

    private static PyStr CheckUnique(PyType type, PyStr name, HashSet<string> seen)
    {
        if (!seen.Add(name.Value))
            throw PyErrors.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Repr.Of(name)}");
        return name;
    }

    /// <summary>Builtin types whose single positional sub-pattern matches the whole subject
    /// (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).</summary>
    private static bool MatchesSelf(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (ReferenceEquals(t, PyTypes.Bool) || ReferenceEquals(t, PyTypes.Bytes) || ReferenceEquals(t, PyTypes.Dict)
                || ReferenceEquals(t, PyTypes.Float) || ReferenceEquals(t, PyTypes.FrozenSet) || ReferenceEquals(t, PyTypes.Int)
                || ReferenceEquals(t, PyTypes.List) || ReferenceEquals(t, PyTypes.Set) || ReferenceEquals(t, PyTypes.Str)
                || ReferenceEquals(t, PyTypes.Tuple))
                return true;
        }
        return false;
    }
}

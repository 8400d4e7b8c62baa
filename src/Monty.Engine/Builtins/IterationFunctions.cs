using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Builtins that consume or wrap iterables. Whenever Python code must run (a key
/// function, a generator, map/filter callbacks) they tail-call a prelude function instead.</summary>
internal static class IterationFunctions
{
    public static void Register(Dictionary<string, PyObject> table)
    {
        BuiltinsTable.Add(table, "len", Len);
        BuiltinsTable.Add(table, "iter", Iter);
        BuiltinsTable.Add(table, "next", Next);
        BuiltinsTable.Add(table, "enumerate", Enumerate);
        BuiltinsTable.Add(table, "zip", Zip);
        BuiltinsTable.Add(table, "map", Map);
        BuiltinsTable.Add(table, "filter", Filter);
        BuiltinsTable.Add(table, "reversed", Reversed);
        BuiltinsTable.Add(table, "sorted", Sorted);
        BuiltinsTable.Add(table, "min", (a, k) => MinMax(a, k, isMax: false));
        BuiltinsTable.Add(table, "max", (a, k) => MinMax(a, k, isMax: true));
        BuiltinsTable.Add(table, "sum", Sum);
        BuiltinsTable.Add(table, "any", (a, k) => AnyAll(a, k, isAny: true));
        BuiltinsTable.Add(table, "all", (a, k) => AnyAll(a, k, isAny: false));
    }

    private static PyFunction PreludeFunction(string name) => VirtualMachine.Current.Prelude.Get(name);

    private static PyObject Len(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("len", kwargs);
        NativeArgs.Count("len", args, 1, 1);
        if (UserProtocol.IsUser(args[0])) return new TailCall(PreludeFunction("__len"), args);
        return PyInt.Get(Ops.Len(args[0]));
    }

    private static PyObject Iter(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("iter", kwargs);
        NativeArgs.Count("iter", args, 1, 2);
        if (args.Length == 2)
        {
            if (!ObjectFunctions.IsCallable(args[0])) throw PyErrors.TypeError("iter(v, w): v must be callable");
            return new TailCall(PreludeFunction("__iter_sentinel"), args);
        }
        if (UserProtocol.IsUser(args[0])) return new TailCall(PreludeFunction("__iter"), [args[0]]);
        return Iteration.GetIter(args[0]);
    }

    private static PyObject Next(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("next", kwargs);
        NativeArgs.Count("next", args, 1, 2);
        switch (args[0])
        {
            case PyIterator it:
                return it.Next() ?? (args.Length == 2 ? args[1] : throw PyErrors.StopIteration(null));
            case PyGenerator { Kind: GeneratorKind.Generator } gen:
                return args.Length == 2
                    ? new GeneratorRequest(gen, PySingleton.None, ResumeMode.NextDefault) { Default = args[1] }
                    : new GeneratorRequest(gen, PySingleton.None, ResumeMode.Next);
            default:
                if (args[0].Type.LookupUserSpecial("__next__") is { } next)
                    return args.Length == 2 ? new TailCall(PreludeFunction("__next_default"), args) : new TailCall(next, [args[0]]);
                throw PyErrors.TypeError($"'{args[0].Type.Name}' object is not an iterator");
        }
    }

    private static PyObject Enumerate(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("enumerate", kwargs, "iterable", "start");
        var iterable = NativeArgs.Get(args, kwargs, 0, "iterable") ?? throw PyErrors.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
        var startObj = NativeArgs.Get(args, kwargs, 1, "start") ?? PyInt.Get(0);
        if (startObj is not PyInt start) throw PyErrors.TypeError($"'{startObj.Type.Name}' object cannot be interpreted as an integer");
        if (Iteration.IsNative(iterable)) return new EnumerateIterator((PyIterator)Iteration.GetIter(iterable), start.Value);
        Iteration.GetIter(iterable);
        return new TailCall(PreludeFunction("__enumerate"), [iterable, start]);
    }

    private static PyObject Zip(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("zip", kwargs, "strict");
        var strict = kwargs?.Get("strict") is { } s && Ops.Truthy(s);
        var allNative = true;
        foreach (var a in args)
        {
            if (!Iteration.IsNative(a))
            {
                allNative = false;
                if (a is not PyGenerator && !Iteration.IsIterableByProtocol(a)) throw PyErrors.TypeError($"'{a.Type.Name}' object is not iterable");
            }
        }
        if (allNative)
        {
            var iterators = new PyIterator[args.Length];
            for (var i = 0; i < args.Length; i++) iterators[i] = (PyIterator)Iteration.GetIter(args[i]);
            return new ZipIterator(iterators, strict);
        }
        return new TailCall(PreludeFunction("__zip"), [PyBool.Of(strict), .. args]);
    }

    private static PyObject Map(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("map", kwargs);
        if (args.Length < 2) throw PyErrors.TypeError("map() must have at least two arguments.");
        for (var i = 1; i < args.Length; i++) Iteration.GetIter(args[i]);
        return new TailCall(PreludeFunction("__map"), args);
    }

    private static PyObject Filter(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("filter", kwargs);
        NativeArgs.Count("filter", args, 2, 2);
        Iteration.GetIter(args[1]);
        return new TailCall(PreludeFunction("__filter"), args);
    }

    private static PyObject Reversed(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("reversed", kwargs);
        NativeArgs.Count("reversed", args, 1, 1);
        if (args[0].Type.LookupUserSpecial("__reversed__") is { } reversedMethod) return new TailCall(reversedMethod, [args[0]]);
        if (UserProtocol.IsUser(args[0]) && args[0].Type.LookupUserSpecial("__getitem__") is not null
            && args[0].Type.LookupUserSpecial("__len__") is not null)
            return new TailCall(PreludeFunction("__reversed_sequence"), [args[0]]);
        switch (args[0])
        {
            case PyList l:
                return new ReverseSequenceIterator(l, l.Count - 1);
            case PyTuple t:
                return new ReverseSequenceIterator(t, t.Count - 1);
            case PyStr s:
                return new ReverseSequenceIterator(s, s.Length - 1);
            case PyBytes b:
                return new ReverseSequenceIterator(b, b.Value.Length - 1);
            case PyRange r:
                {
                    var n = r.Length;
                    return new RangeIterator(r.Start + (n - 1) * r.Step, -r.Step, n);
                }
            case PyDict or DictView:
                {
                    var keys = Iteration.ToList(args[0]);
                    keys.Reverse();
                    return new SequenceIterator(new PyList(keys), SequenceIterator.ListIteratorType);
                }
            default:
                throw PyErrors.TypeError($"'{args[0].Type.Name}' object is not reversible");
        }
    }

    private static PyObject Sorted(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("sorted", kwargs, "key", "reverse");
        if (args.Length != 1)
            throw PyErrors.TypeError(args.Length == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {args.Length}");
        var items = new PyList(Iteration.ToList(args[0]));
        var key = kwargs?.Get("key");
        var reverse = kwargs?.Get("reverse") is { } r && Ops.Truthy(r);
        if (key is not null && key is not PySingleton { Name: "None" })
            return new TailCall(PreludeFunction("__sorted_key"), [items, key, PyBool.Of(reverse)]);
        if (UserProtocol.AnyUser(items.Items))
            return new TailCall(PreludeFunction("__sorted_list"), [items, PyBool.Of(reverse)]);
        ListSort.Sort(items, reverse);
        return items;
    }

    private static PyObject MinMax(PyObject[] args, KeywordArgs? kwargs, bool isMax)
    {
        var name = isMax ? "max" : "min";
        NativeArgs.AllowKeywords(name, kwargs, "key", "default");
        if (args.Length == 0) throw PyErrors.TypeError($"{name} expected at least 1 argument, got 0");
        var dflt = kwargs?.Get("default");
        if (args.Length > 1 && dflt is not null)
            throw PyErrors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        var items = args.Length == 1 ? Iteration.AsReadOnlyList(args[0]) : args;
        var key = kwargs?.Get("key");
        if (key is not null && key is not PySingleton { Name: "None" })
        {
            if (items.Count == 0) return dflt ?? throw PyErrors.ValueError($"{name}() arg is an empty sequence");
            return new TailCall(PreludeFunction("__minmax_key"), [new PyList([.. items]), key, PyBool.Of(isMax)]);
        }
        if (items.Count == 0) return dflt ?? throw PyErrors.ValueError($"{name}() arg is an empty sequence");
        if (UserProtocol.AnyUser(items))
            return new TailCall(PreludeFunction("__minmax_plain"), [new PyList([.. items]), PyBool.Of(isMax)]);
        var best = items[0];
        var op = isMax ? Comparison.Op.Gt : Comparison.Op.Lt;
        for (var i = 1; i < items.Count; i++)
        {
            if (Comparison.Compare(items[i], best, op)) best = items[i];
        }
        return best;
    }

    private static PyObject Sum(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("sum", kwargs, "start");
        if (args.Length is 0 or > 2)
            throw PyErrors.TypeError(args.Length == 0 ? "sum() takes at least 1 positional argument (0 given)" : $"sum() takes at most 2 arguments ({args.Length} given)");
        var start = args.Length == 2 ? args[1] : kwargs?.Get("start") ?? PyInt.Get(0);
        switch (start)
        {
            case PyStr:
                throw PyErrors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            case PyBytes:
                throw PyErrors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        var items = Iteration.AsReadOnlyList(args[0]);
        if (UserProtocol.IsUser(start) || UserProtocol.AnyUser(items))
            return new TailCall(PreludeFunction("__sum"), [new PyList([.. items]), start]);
        var total = start;
        var i = 0;
        if (total is PyInt t)
        {
            // Integer fast path with overflow detection.
            var acc = t.Value;
            for (; i < items.Count; i++)
            {
                if (items[i] is not PyInt x) break;
                var r = acc + x.Value;
                if (((acc ^ r) & (x.Value ^ r)) < 0) break;
                acc = r;
            }
            total = PyInt.Get(acc);
        }
        for (; i < items.Count; i++)
        {
            total = Arithmetic.Binary(BinaryOp.Add, total, items[i]);
            if ((i & 4095) == 0) Budget.CheckTime();
        }
        return total;
    }

    private static PyObject AnyAll(PyObject[] args, KeywordArgs? kwargs, bool isAny)
    {
        var name = isAny ? "any" : "all";
        NativeArgs.NoKeywords(name, kwargs);
        NativeArgs.Count(name, args, 1, 1);
        if (!Iteration.IsNative(args[0]))
        {
            Iteration.GetIter(args[0]);
            return new TailCall(PreludeFunction(isAny ? "__any" : "__all"), args);
        }
        foreach (var item in Iteration.Enumerate(args[0]))
        {
            if (Ops.Truthy(item) == isAny) return PyBool.Of(isAny);
        }
        return PyBool.Of(!isAny);
    }
}

using System.Text;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Functools;

/// <summary>functools.partial: a callable that prepends arguments and merges keywords, then
/// tail-calls the wrapped function (so a Python function runs as an ordinary frame).</summary>
internal sealed class PyPartial(PyObject func, PyObject[] args, List<KeyValuePair<string, PyObject>> keywords)
    : PyObject, INativeCallable, INativeAttributes, INativeRepr, ISnapshotState
{
    public string SnapshotKind => "functools.partial";

    // Flat state [func, n, args..., name, value, ...]: container contents arrive after construction.
    public PyObject[] SnapshotState() =>
        [_func, PyInt.Get(_args.Length), .. _args, .. _keywords.SelectMany(kv => new[] { PyStr.Of(kv.Key), kv.Value })];

    public static PyPartial Rebuild(PyObject[] s)
    {
        var n = (int)((PyInt)s[1]).Value;
        return new(s[0], s[2..(2 + n)], [.. s[(2 + n)..].Chunk(2).Select(p => new KeyValuePair<string, PyObject>(((PyStr)p[0]).Value, p[1]))]);
    }

    public static readonly PyType PartialType = new("partial", PyTypes.Object, isBaseType: false) { Module = "functools", Constructor = Construct };

    public override PyType Type => PartialType;

    private static PyObject Construct(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length == 0) throw PyErrors.TypeError("type 'partial' takes at least one argument");
        var func = args[0];
        if (!ObjectFunctions.IsCallable(func)) throw PyErrors.TypeError("the first argument must be callable");
        var keywords = new List<KeyValuePair<string, PyObject>>();
        PyObject[] bound;
        if (func is PyPartial inner)
        {
            // partial(partial(f, 1), 2) flattens, as CPython does.
            bound = [.. inner._args, .. args.Skip(1)];
            keywords.AddRange(inner._keywords);
            func = inner._func;
        }
        else bound = args[1..];
        if (kwargs is not null)
            for (var i = 0; i < kwargs.Count; i++) Put(keywords, kwargs.Names[i], kwargs.Values[i]);
        return new PyPartial(func, bound, keywords);
    }

    private readonly PyObject _func = func;
    private readonly PyObject[] _args = args;
    private readonly List<KeyValuePair<string, PyObject>> _keywords = keywords;

    private static void Put(List<KeyValuePair<string, PyObject>> list, string name, PyObject value)
    {
        var index = list.FindIndex(kv => kv.Key == name);
        if (index >= 0) list[index] = new(name, value);
        else list.Add(new(name, value));
    }

    public PyObject Call(PyObject[] args, KeywordArgs? kwargs)
    {
        var merged = new List<KeyValuePair<string, PyObject>>(_keywords);
        if (kwargs is not null)
            for (var i = 0; i < kwargs.Count; i++) Put(merged, kwargs.Names[i], kwargs.Values[i]);
        var kw = merged.Count == 0 ? null : new KeywordArgs([.. merged.Select(kv => kv.Key)], [.. merged.Select(kv => kv.Value)]);
        return new TailCall(_func, [.. _args, .. args], kw);
    }

    public PyObject? GetAttribute(string name) => name switch
    {
        "func" => _func,
        "args" => new PyTuple(_args),
        "keywords" => KeywordsDict(),
        _ => null,
    };

    private PyDict KeywordsDict()
    {
        var d = new PyDict();
        foreach (var kv in _keywords) d.SetStr(kv.Key, kv.Value);
        return d;
    }

    public string Repr()
    {
        var sb = new StringBuilder("functools.partial(");
        sb.Append(Runtime.Repr.Of(_func));
        foreach (var a in _args) sb.Append(", ").Append(Runtime.Repr.Of(a));
        foreach (var kv in _keywords) sb.Append(", ").Append(kv.Key).Append('=').Append(Runtime.Repr.Of(kv.Value));
        return sb.Append(')').ToString();
    }
}

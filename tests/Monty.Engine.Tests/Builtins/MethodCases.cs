using System.Numerics;
using System.Text;
using System.Text.Json;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Tests.Builtins;

/// <summary>Runs the CPython-generated cases of str_cases.jsonl (see gen_str_cases.py) against
/// the registered natives and reports every mismatch of a method at once.</summary>
internal static class MethodCases
{
    private sealed record Case(string Type, string Method, bool Static, JsonElement Args, JsonElement Kwargs, JsonElement? Result, string[]? Error, string Line);

    private static readonly Lazy<List<Case>> All = new(Load);

    /// <summary>Theory data: the distinct methods of one type.</summary>
    public static IEnumerable<object[]> Methods(string type)
    {
        var seen = new HashSet<string>();
        foreach (var c in All.Value)
            if (c.Type == type && seen.Add(c.Method)) yield return [c.Method];
    }

    public static int Count(string type) => All.Value.Count(c => c.Type == type);

    /// <summary>Runs every case of type.method; returns a description of each failure.</summary>
    public static List<string> Run(string type, string method)
    {
        TypeSetup.EnsureInitialized();
        var failures = new List<string>();
        foreach (var c in All.Value)
        {
            if (c.Type != type || c.Method != method) continue;
            var failure = RunOne(c);
            if (failure is not null) failures.Add(failure);
        }
        return failures;
    }

    private static string? RunOne(Case c)
    {
        var args = c.Args.EnumerateArray().Select(Decode).ToArray();
        KeywordArgs? kwargs = null;
        var names = c.Kwargs.EnumerateObject().Select(p => p.Name).ToArray();
        if (names.Length > 0) kwargs = new KeywordArgs(names, c.Kwargs.EnumerateObject().Select(p => Decode(p.Value)).ToArray());
        PyObject result;
        try
        {
            result = Invoke(c, args, kwargs);
        }
        catch (PyException e)
        {
            var type = e.Value.ExceptionType.Name;
            var message = ExceptionText.Str(e.Value);
            if (c.Error is { } err && err[0] == type && err[1] == message) return null;
            return $"{c.Line}\n    raised {type}: {message}";
        }
        catch (Exception e) when (e is not NeedsPythonIteration)
        {
            return $"{c.Line}\n    crashed: {e.GetType().Name}: {e.Message}";
        }
        if (c.Result is { } expected && DeepEqual(result, Decode(expected))) return null;
        return $"{c.Line}\n    returned {Show(result)}";
    }

    private static PyObject Invoke(Case c, PyObject[] args, KeywordArgs? kwargs)
    {
        if (c.Method == "__getitem__")
        {
            return args[0] is PyStr s ? StrSlicing.GetStrItem(s, args[1]) : StrSlicing.GetBytesItem((PyBytes)args[0], args[1]);
        }
        var type = c.Type == "str" ? PyTypes.Str : PyTypes.Bytes;
        var fn = (PyBuiltinFunction)type.Dict[c.Method];
        return fn.Function(args, kwargs);
    }

    private static string Show(PyObject o)
    {
        try
        {
            return $"{Repr.Of(o)} ({o.Type.Name})";
        }
        catch (Exception)
        {
            return o.GetType().Name;
        }
    }

    public static PyObject Decode(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return PyStr.Of(e.GetString()!);
            case JsonValueKind.Number:
                return PyInt.From(BigInteger.Parse(e.GetRawText(), System.Globalization.CultureInfo.InvariantCulture));
            case JsonValueKind.True:
                return PyBool.True;
            case JsonValueKind.False:
                return PyBool.False;
            case JsonValueKind.Null:
                return PySingleton.None;
            case JsonValueKind.Array:
                return new PyList(e.EnumerateArray().Select(Decode).ToList());
        }
        var prop = e.EnumerateObject().Single();
        var v = prop.Value;
        return prop.Name switch
        {
            "float" => new PyFloat(double.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture)),
            "bytes" => new PyBytes(Convert.FromHexString(v.GetString()!)),
            "tuple" => PyTuple.Of(v.EnumerateArray().Select(Decode).ToArray()),
            "dict" => DecodeDict(v),
            "slice" => new PySlice(Decode(v[0]), Decode(v[1]), Decode(v[2])),
            "range" => new PyRange(v[0].GetInt64(), v[1].GetInt64(), v[2].GetInt64()),
            "u16" => new PyStr(new string(v.EnumerateArray().Select(x => (char)x.GetInt32()).ToArray())),
            _ => throw new InvalidOperationException($"unknown value kind {prop.Name}"),
        };
    }

    private static PyDict DecodeDict(JsonElement v)
    {
        var d = new PyDict();
        foreach (var kv in v.EnumerateArray()) d.Set(Decode(kv[0]), Decode(kv[1]));
        return d;
    }

    /// <summary>Type-exact structural equality (True is not 1, 'a' is not b'a').</summary>
    public static bool DeepEqual(PyObject a, PyObject b)
    {
        if (a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case PyStr s:
                return s.Value == ((PyStr)b).Value;
            case PyBytes x:
                return x.Value.AsSpan().SequenceEqual(((PyBytes)b).Value);
            case PyInt i:
                return i.Value == ((PyInt)b).Value;
            case PyBigInt big:
                return big.Value == ((PyBigInt)b).Value;
            case PyFloat f:
                return f.Value.Equals(((PyFloat)b).Value);
            case PyList l:
                return SameItems(l.Items, ((PyList)b).Items);
            case PyTuple t:
                return SameItems(t.Items, ((PyTuple)b).Items);
            case PyDict d:
                {
                    var x = d.Table.Entries().ToList();
                    var y = ((PyDict)b).Table.Entries().ToList();
                    return x.Count == y.Count && x.Zip(y).All(p => DeepEqual(p.First.Key, p.Second.Key) && DeepEqual(p.First.Value, p.Second.Value));
                }
            default:
                return ReferenceEquals(a, b);
        }
    }

    private static bool SameItems(IReadOnlyList<PyObject> x, IReadOnlyList<PyObject> y) =>
        x.Count == y.Count && x.Zip(y).All(p => DeepEqual(p.First, p.Second));

    private static List<Case> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Builtins", "str_cases.jsonl");
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0) continue;
            var root = JsonDocument.Parse(line).RootElement;
            cases.Add(new Case(
                root.GetProperty("type").GetString()!,
                root.GetProperty("method").GetString()!,
                root.GetProperty("static").GetBoolean(),
                root.GetProperty("args"),
                root.GetProperty("kwargs"),
                root.TryGetProperty("result", out var r) ? r : null,
                root.TryGetProperty("error", out var err) ? err.EnumerateArray().Select(x => x.GetString()!).ToArray() : null,
                line));
        }
        return cases;
    }
}

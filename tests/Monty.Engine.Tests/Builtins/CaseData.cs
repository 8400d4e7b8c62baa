using Xunit;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Tests.Builtins;

/// <summary>Loads cases recorded from CPython by Data/gen_*.py (one JSON object per line),
/// rebuilds their values as engine objects, runs them against the natives and reports how
/// the outcome differs from CPython's, if at all.</summary>
internal static partial class CaseData
{
    private static readonly Dictionary<string, Dictionary<int, JsonElement>> Files = [];

    public static Dictionary<int, JsonElement> Load(string file)
    {
        lock (Files)
        {
            if (Files.TryGetValue(file, out var cached)) return cached;
            TypeSetup.EnsureInitialized();
            var path = Path.Combine(AppContext.BaseDirectory, "Builtins", "Data", file);
            var rows = new Dictionary<int, JsonElement>();
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0) continue;
                var row = JsonDocument.Parse(line).RootElement;
                rows[row.GetProperty("id").GetInt32()] = row;
            }
            Files[file] = rows;
            return rows;
        }
    }

    /// <summary>Theory rows "id description" for the cases whose kind passes the filter.</summary>
    public static TheoryData<string> Ids(string file, Func<string, bool> kindFilter)
    {
        var data = new TheoryData<string>();
        foreach (var (id, row) in Load(file))
        {
            var kind = row.GetProperty("kind").GetString()!;
            if (!kindFilter(kind)) continue;
            data.Add($"{id} {Describe(row)}");
        }
        return data;
    }

    private static string Describe(JsonElement row)
    {
        var kind = row.GetProperty("kind").GetString();
        var name = row.TryGetProperty("name", out var n) ? "." + n.GetString() : "";
        var type = row.TryGetProperty("type", out var t) ? t.GetString() : "";
        var text = $"{kind} {type}{name} {row.GetProperty("args").GetRawText()}";
        return text.Length > 120 ? text[..120] : text;
    }

    /// <summary>Runs one case; returns null when it matches CPython, else a description of the difference.</summary>
    public static string? Check(string file, string idAndDescription)
    {
        var id = int.Parse(idAndDescription.AsSpan(0, idAndDescription.IndexOf(' ')), CultureInfo.InvariantCulture);
        var row = Load(file)[id];
        var kind = row.GetProperty("kind").GetString()!;
        PyObject? self = null;
        if (row.TryGetProperty("self", out var selfJson)) self = Decode(selfJson, null);
        var args = new List<PyObject>();
        foreach (var a in row.GetProperty("args").EnumerateArray()) args.Add(Decode(a, self));
        KeywordArgs? kwargs = null;
        if (row.TryGetProperty("kwargs", out var kw) && kw.EnumerateObject().Any())
        {
            var names = new List<string>();
            var values = new List<PyObject>();
            foreach (var p in kw.EnumerateObject())
            {
                names.Add(p.Name);
                values.Add(Decode(p.Value, self));
            }
            kwargs = new KeywordArgs([.. names], [.. values]);
        }

        string actual;
        try
        {
            var result = Invoke(kind, row, self, args, kwargs);
            actual = "result: " + Canon(result);
        }
        catch (PyException e)
        {
            actual = $"error: {e.Value.ExceptionType.Name}: {ExceptionText.Str(e.Value)}";
        }
        catch (Monty.Engine.Formatting.FormattingException e)
        {
            // The VM turns these into Python exceptions; direct native calls see them raw.
            actual = $"error: {e.PythonType}: {e.Message}";
        }
        var expected = row.TryGetProperty("error", out var err)
            ? $"error: {err[0].GetString()}: {err[1].GetString()}"
            : "result: " + row.GetProperty("result").GetString();
        var problems = new StringBuilder();
        if (actual != expected) problems.Append($"expected {expected}\n  actual {actual}\n");
        if (row.TryGetProperty("after", out var after) && self is not null)
        {
            var now = Canon(self);
            if (now != after.GetString()) problems.Append($"receiver afterwards: expected {after.GetString()}\n  actual {now}\n");
        }
        return problems.Length == 0 ? null : problems.ToString();
    }

    private static PyObject Invoke(string kind, JsonElement row, PyObject? self, List<PyObject> args, KeywordArgs? kwargs)
    {
        switch (kind)
        {
            case "method":
            case "static":
                {
                    var type = TypeNamed(row.GetProperty("type").GetString()!);
                    var fn = (PyBuiltinFunction)type.Dict[row.GetProperty("name").GetString()!];
                    var all = self is null ? args.ToArray() : [self, .. args];
                    return fn.Function(all, kwargs);
                }
            case "ctor":
                {
                    var type = TypeNamed(row.GetProperty("type").GetString()!);
                    return type.Constructor!(type, [.. args], kwargs);
                }
            case "getitem":
                return Subscript.Get(self!, args[0]);
            case "setitem":
                Subscript.Set(self!, args[0], args[1]);
                return PySingleton.None;
            case "delitem":
                Subscript.Delete(self!, args[0]);
                return PySingleton.None;
            default:
                throw new InvalidOperationException(kind);
        }
    }

    public static PyType TypeNamed(string name) => (PyType)BuiltinsTable.Lookup(name)!;

    /// <summary>Rebuilds a value encoded by casegen.enc.</summary>
    public static PyObject Decode(JsonElement e, PyObject? self)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
                return PySingleton.None;
            case JsonValueKind.True:
                return PyBool.True;
            case JsonValueKind.False:
                return PyBool.False;
        }
        if (e.TryGetProperty("view", out var view))
        {
            var kind = view.GetString() switch
            {
                "keys" => HashTableIterator.Kind.Keys,
                "values" => HashTableIterator.Kind.Values,
                _ => HashTableIterator.Kind.Items,
            };
            return new DictView((PyDict)Decode(e.GetProperty("of"), self), kind);
        }
        var prop = e.EnumerateObject().First();
        var v = prop.Value;
        switch (prop.Name)
        {
            case "i":
                return PyInt.From(BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture));
            case "f":
                return new PyFloat(ParseFloat(v.GetString()!));
            case "s":
                return PyStr.Of(v.GetString()!);
            case "u16":
                {
                    var units = new List<char>();
                    foreach (var u in v.EnumerateArray()) units.Add((char)u.GetInt32());
                    return PyStr.Of(new string([.. units]));
                }
            case "b":
                return new PyBytes(Convert.FromHexString(v.GetString()!));
            case "l":
                return new PyList(Items(v, self));
            case "t":
                return PyTuple.Of([.. Items(v, self)]);
            case "d":
                {
                    var d = new PyDict();
                    foreach (var pair in v.EnumerateArray()) d.Set(Decode(pair[0], self), Decode(pair[1], self));
                    return d;
                }
            case "set":
            case "fs":
                {
                    var s = new PySet(prop.Name == "fs");
                    foreach (var item in Items(v, self)) s.Add(item);
                    return s;
                }
            case "r":
                return new PyRange(v[0].GetInt64(), v[1].GetInt64(), v[2].GetInt64());
            case "sl":
                return new PySlice(Decode(v[0], self), Decode(v[1], self), Decode(v[2], self));
            case "type":
                return TypeNamed(v.GetString()!);
            case "it":
                return Iteration.GetIter(new PyList(Items(v, self)));
            case "self":
                return self ?? throw new InvalidOperationException("self reference without a receiver");
            case "obj":
                return PyTypes.Object.Constructor!(PyTypes.Object, [], null);
            default:
                throw new InvalidOperationException("unknown tag " + prop.Name);
        }
    }

    private static List<PyObject> Items(JsonElement array, PyObject? self)
    {
        var items = new List<PyObject>();
        foreach (var x in array.EnumerateArray()) items.Add(Decode(x, self));
        return items;
    }

    private static double ParseFloat(string s) => s switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    /// <summary>Mirrors casegen.canon: repr with set members sorted and addresses masked.</summary>
    public static string Canon(PyObject v) => Canon(v, new HashSet<PyObject>(ReferenceEqualityComparer.Instance));

    private static string Canon(PyObject v, HashSet<PyObject> active)
    {
        if (v is PyList or PyDict or PySet && active.Contains(v))
        {
            return v switch
            {
                PyList => "[...]",
                PyDict => "{...}",
                _ => v.Type.Name + "(...)",
            };
        }
        active.Add(v);
        try
        {
            switch (v)
            {
                case PySet s:
                    {
                        if (s.Count == 0) return v.Type.Name + "()";
                        var parts = new List<string>();
                        foreach (var kv in s.Table.Entries()) parts.Add(Canon(kv.Key, active));
                        parts.Sort(string.CompareOrdinal);
                        var body = "{" + string.Join(", ", parts) + "}";
                        return s.Frozen ? $"frozenset({body})" : body;
                    }
                case PyList l:
                    return "[" + Join(l.Items, active) + "]";
                case PyTuple t:
                    return "(" + Join(t.Items, active) + (t.Count == 1 ? ",)" : ")");
                case PyDict d:
                    {
                        var parts = new List<string>();
                        foreach (var kv in d.Table.Entries()) parts.Add(Canon(kv.Key, active) + ": " + Canon(kv.Value, active));
                        return "{" + string.Join(", ", parts) + "}";
                    }
                case DictView view:
                    {
                        var items = new List<PyObject>();
                        var it = view.Iterate();
                        while (it.Next() is { } x) items.Add(x);
                        return view.Type.Name + "([" + Join(items, active) + "])";
                    }
                default:
                    return AddressPattern().Replace(Repr.Of(v), " at 0x?");
            }
        }
        finally
        {
            active.Remove(v);
        }
    }

    private static string Join(IEnumerable<PyObject> items, HashSet<PyObject> active)
    {
        var parts = new List<string>();
        foreach (var x in items) parts.Add(Canon(x, active));
        return string.Join(", ", parts);
    }

    [GeneratedRegex(" at 0x[0-9a-f]+")]
    private static partial Regex AddressPattern();
}

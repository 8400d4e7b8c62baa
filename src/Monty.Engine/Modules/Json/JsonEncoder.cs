using System.Globalization;
using System.Text;
using Monty.Engine.Builtins;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Json;

/// <summary>json.dumps options, as the keyword arguments give them.</summary>
internal sealed record JsonEncodeOptions(
    bool SkipKeys, bool EnsureAscii, bool CheckCircular, bool AllowNan, string? Indent,
    string ItemSeparator, string KeySeparator, bool SortKeys);

/// <summary>The native JSON encoder for builtin values, with CPython's output and errors.
/// Recursion is bounded (hostile nesting raises RecursionError); output is charged to the
/// memory budget as it grows.</summary>
internal sealed class JsonEncoder(JsonEncodeOptions options)
{
    private const int ChargeChunk = 1 << 16;
    private readonly StringBuilder _sb = new();
    private readonly HashSet<PyObject> _markers = new(ReferenceEqualityComparer.Instance);
    private int _depth;
    private int _charged;

    public string Encode(PyObject value)
    {
        Write(value);
        Budget.ChargeString(_sb.Length - _charged);
        return _sb.ToString();
    }

    private void Write(PyObject o)
    {
        switch (o)
        {
            case PyStr s:
                WriteString(s.Value);
                break;
            case PySingleton when ReferenceEquals(o, PySingleton.None):
                _sb.Append("null");
                break;
            case PyBool b:
                _sb.Append(b.Value != 0 ? "true" : "false");
                break;
            case PyInt i:
                _sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case PyBigInt:
                _sb.Append(Repr.Of(o));
                break;
            case PyFloat f:
                _sb.Append(FloatText(f.Value));
                break;
            case PyList l:
                WriteArray(o, l.Items);
                break;
            case PyTuple t:
                WriteArray(o, t.Items);
                break;
            case PyDict d:
                WriteObject(d);
                break;
            default:
                throw PyErrors.TypeError($"Object of type {o.Type.Name} is not JSON serializable");
        }
        if (_sb.Length - _charged > ChargeChunk)
        {
            Budget.ChargeString(_sb.Length - _charged);
            _charged = _sb.Length;
            Budget.CheckTime();
        }
    }

    private string FloatText(double d)
    {
        if (double.IsFinite(d)) return Repr.Of(new PyFloat(d));
        if (!options.AllowNan) throw PyErrors.ValueError("Out of range float values are not JSON compliant");
        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void Enter(PyObject container, string what)
    {
        Depth.Enter(ref _depth, what);
        if (options.CheckCircular && !_markers.Add(container)) throw PyErrors.ValueError("Circular reference detected");
    }

    private void Leave(PyObject container)
    {
        _depth--;
        if (options.CheckCircular) _markers.Remove(container);
    }

    private void WriteArray(PyObject container, IReadOnlyList<PyObject> items)
    {
        if (items.Count == 0)
        {
            _sb.Append("[]");
            return;
        }
        Enter(container, "while encoding a JSON object");
        _sb.Append('[');
        NewLine();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(options.ItemSeparator);
                NewLine();
            }
            Write(items[i]);
        }
        _depth--;
        NewLine();
        _depth++;
        _sb.Append(']');
        Leave(container);
    }

    private void WriteObject(PyDict dict)
    {
        if (dict.Count == 0)
        {
            _sb.Append("{}");
            return;
        }
        Enter(dict, "while encoding a JSON object");
        var keys = new List<PyObject>(dict.Count);
        var values = new List<PyObject>(dict.Count);
        foreach (var (k, v) in dict.Table.Entries())
        {
            keys.Add(k);
            values.Add(v);
        }
        if (options.SortKeys)
        {
            var keyArray = keys.ToArray();
            var valueArray = values.ToArray();
            ListSort.SortByKeys(keyArray, valueArray, false);
            keys = [.. keyArray];
            values = [.. valueArray];
        }
        _sb.Append('{');
        NewLine();
        var first = true;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = KeyText(keys[i]);
            if (key is null) continue;
            if (!first)
            {
                _sb.Append(options.ItemSeparator);
                NewLine();
            }
            first = false;
            WriteString(key);
            _sb.Append(options.KeySeparator);
            Write(values[i]);
        }
        _depth--;
        NewLine();
        _depth++;
        _sb.Append('}');
        Leave(dict);
    }

    /// <summary>A key as JSON text, or null when skipkeys drops it.</summary>
    private string? KeyText(PyObject key) => key switch
    {
        PyStr s => s.Value,
        PyBool b => b.Value != 0 ? "true" : "false",
        PyInt or PyBigInt => Repr.Of(key),
        PyFloat f => FloatText(f.Value),
        PySingleton when ReferenceEquals(key, PySingleton.None) => "null",
        _ when options.SkipKeys => null,
        _ => throw PyErrors.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}"),
    };

    private void NewLine()
    {
        if (options.Indent is null) return;
        _sb.Append('\n');
        for (var i = 0; i < _depth; i++) _sb.Append(options.Indent);
    }

    private void WriteString(string s)
    {
        _sb.Append('"');
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= ' ' && c != '"' && c != '\\' && (c < 0x7F || !options.EnsureAscii)) continue;
            _sb.Append(s, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\r': _sb.Append("\\r"); break;
                case '\t': _sb.Append("\\t"); break;
                case '\b': _sb.Append("\\b"); break;
                case '\f': _sb.Append("\\f"); break;
                default:
                    _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        _sb.Append(s, start, s.Length - start);
        _sb.Append('"');
    }
}

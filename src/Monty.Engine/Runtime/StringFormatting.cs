using System.Numerics;
using System.Text;
using Monty.Engine.Formatting;
using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>format(), f-string fields, str.format and printf-style % over Python values.</summary>
internal static class StringFormatting
{
    /// <summary>str % args.</summary>
    public static string Percent(string format, PyObject args) =>
        PercentFormatter.Format(format, args, PercentOperand.Instance);

    /// <summary>The f-string replacement field: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec.</summary>
    public static string FormatValue(PyObject value, int conversion, string? spec)
    {
        if (conversion != 0) value = PyStr.Of(Convert(value, conversion switch { 1 => 's', 2 => 'r', _ => 'a' }));
        return Format(value, spec ?? string.Empty);
    }

    /// <summary>format(value, spec), dispatched on the value's type like __format__.</summary>
    public static string Format(PyObject value, string spec)
    {
        if (UserProtocol.IsUser(value) && value.Type.LookupUserSpecial("__format__") is not null) return UserProtocol.Format(value, spec);
        if (spec.Length == 0) return Repr.Str(value);
        return value switch
        {
            PyBool b => NumberFormatter.FormatInt(b.Value, spec, "bool"),
            PyInt i => NumberFormatter.FormatInt(i.Value, spec),
            PyBigInt big => NumberFormatter.FormatInt(big.Value, spec),
            PyFloat f => NumberFormatter.FormatFloat(f.Value, spec),
            PyStr s => NumberFormatter.FormatString(s.Value, spec),
            PyNativeValue n when n.Format(spec) is { } text => text,
            _ => throw PyErrors.TypeError($"unsupported format string passed to {value.Type.Name}.__format__"),
        };
    }

    /// <summary>str.format(*args, **kwargs) and str.format_map(mapping).</summary>
    public static string Brace(string format, PyObject[] args, int firstArg, Func<string, PyObject> keyword)
    {
        var sb = new StringBuilder();
        Expand(sb, format, BraceFormatParser.TopLevelDepth, new AutoFieldNumbering(), args, firstArg, keyword);
        return sb.ToString();
    }

    private static void Expand(StringBuilder sb, string format, int depth, AutoFieldNumbering numbering, PyObject[] args, int firstArg,
        Func<string, PyObject> keyword)
    {
        foreach (var seg in BraceFormatParser.Parse(format, depth))
        {
            if (seg.Kind == FormatSegmentKind.Literal)
            {
                sb.Append(seg.Literal);
                continue;
            }
            if (seg.Kind == FormatSegmentKind.Error) throw seg.Error!;
            var field = seg.Field!;
            var index = numbering.Resolve(field);
            PyObject obj;
            if (index >= 0)
            {
                if (index >= args.Length - firstArg)
                    throw PyErrors.IndexError($"Replacement index {index} out of range for positional args tuple");
                obj = args[firstArg + index];
            }
            else
            {
                obj = keyword(field.Keyword);
            }
            foreach (var a in field.Accessors)
            {
                obj = a.IsAttribute ? Attributes.Get(obj, a.Name)
                    : a.Index >= 0 ? Subscript.Get(obj, PyInt.Get(a.Index))
                    : Subscript.Get(obj, PyStr.Of(a.Name));
            }
            if (field.AccessorError is not null) throw field.AccessorError;
            if (seg.ConversionError is not null) throw seg.ConversionError;
            if (seg.Conversion != '\0') obj = PyStr.Of(Convert(obj, (char)seg.Conversion));
            var spec = seg.FormatSpec;
            if (seg.FormatSpecNeedsExpanding)
            {
                var inner = new StringBuilder();
                Expand(inner, spec, depth - 1, numbering, args, firstArg, keyword);
                spec = inner.ToString();
            }
            var text = Format(obj, spec);
            Budget.ChargeString((long)sb.Length + text.Length);
            sb.Append(text);
        }
    }

    private static string Convert(PyObject value, char conversion) => conversion switch
    {
        's' => Repr.Str(value),
        'r' => Repr.Of(value),
        _ => Repr.Ascii(value),
    };

    public static PyException Convert(FormattingException e) =>
        PyErrors.New(ExceptionTypes.Find(e.PythonType) ?? ExceptionTypes.ValueError, e.Message);

    /// <summary>How the printf-style formatter sees engine values.</summary>
    private sealed class PercentOperand : IPercentOperand<PyObject>
    {
        public static readonly PercentOperand Instance = new();

        public bool IsMapping(PyObject args) => args is PyDict or PyList or DictView || args is not (PyTuple or PyStr) && args.Type.Lookup("__getitem__") is not null;

        public bool IsTuple(PyObject args) => args is PyTuple;

        public IReadOnlyList<PyObject> TupleItems(PyObject args) => ((PyTuple)args).Items;

        public PyObject GetItem(PyObject mapping, string key) => Subscript.Get(mapping, PyStr.Of(key));

        public string Str(PyObject v) => Runtime.Repr.Str(v);

        public string Repr(PyObject v) => Runtime.Repr.Of(v);

        public string Ascii(PyObject v) => Runtime.Repr.Ascii(v);

        public bool TryGetInteger(PyObject v, out BigInteger i) => Numbers.TryGetBig(v, out i);

        public bool TryGetFloat(PyObject v, out double d)
        {
            if (v is PyFloat f)
            {
                d = f.Value;
                return true;
            }
            return Numbers.TryGetDouble(v, out d);
        }

        public bool TryGetChar(PyObject v, out string ch)
        {
            if (v is PyStr s && s.Length == 1)
            {
                ch = s.Value;
                return true;
            }
            ch = "";
            return false;
        }

        public string TypeName(PyObject v) => v.Type.Name;
    }
}

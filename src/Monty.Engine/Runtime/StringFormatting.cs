using Monty.Engine.Formatting;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>printf-style (%) and format() entry points over Python values.</summary>
internal static partial class StringFormatting
{
    public static string Percent(string format, PyObject args) =>
        throw PyErrors.Unsupported("%-formatting");

    /// <summary>The f-string replacement field: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec.</summary>
    public static string FormatValue(PyObject value, int conversion, string? spec)
    {
        if (conversion != 0)
        {
            value = PyStr.Of(conversion switch
            {
                1 => Repr.Str(value),
                2 => Repr.Of(value),
                _ => Repr.Ascii(value),
            });
        }
        return Format(value, spec ?? string.Empty);
    }

    /// <summary>format(value, spec), dispatched on the value's type like __format__.</summary>
    public static string Format(PyObject value, string spec)
    {
        if (spec.Length == 0) return Repr.Str(value);
        try
        {
            return value switch
            {
                PyBool b => NumberFormatter.FormatInt(b.Value, spec, "bool"),
                PyInt i => NumberFormatter.FormatInt(i.Value, spec),
                PyBigInt big => NumberFormatter.FormatInt(big.Value, spec),
                PyFloat f => NumberFormatter.FormatFloat(f.Value, spec),
                PyStr s => NumberFormatter.FormatString(s.Value, spec),
                _ => throw PyErrors.TypeError($"unsupported format string passed to {value.Type.Name}.__format__"),
            };
        }
        catch (FormattingException e)
        {
            throw Convert(e);
        }
    }

    public static PyException Convert(FormattingException e) =>
        PyErrors.New(ExceptionTypes.Find(e.PythonType) ?? ExceptionTypes.ValueError, e.Message);
}

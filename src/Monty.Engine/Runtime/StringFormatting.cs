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

    /// <summary>format(value, spec).</summary>
    public static string Format(PyObject value, string spec)
    {
        if (spec.Length == 0) return Repr.Str(value);
        throw PyErrors.Unsupported("format specifications");
    }
}

using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>
/// What <see cref="PercentFormatter"/> needs to know about the interpreter's values, so the
/// printf-style formatter stays independent of the object model. Any method may throw the
/// interpreter's own exceptions (KeyError from GetItem, errors from __str__/__repr__, ...);
/// they propagate unchanged.
/// </summary>
internal interface IPercentOperand<T>
{
    /// <summary>CPython's PyMapping_Check for the right operand: true for objects with
    /// __getitem__ (dicts, but also lists) that are neither tuples nor str.</summary>
    bool IsMapping(T args);

    /// <summary>True for tuples (and tuple subclasses): their items are the arguments.</summary>
    bool IsTuple(T args);

    IReadOnlyList<T> TupleItems(T args);

    /// <summary><c>mapping[key]</c> for <c>%(key)s</c>.</summary>
    T GetItem(T mapping, string key);

    string Str(T v);

    string Repr(T v);

    string Ascii(T v);

    /// <summary>ints and bools (anything passing PyLong_Check, or with __index__).</summary>
    bool TryGetInteger(T v, out BigInteger i);

    /// <summary>floats (and objects with __float__). Ints are asked through TryGetInteger first.</summary>
    bool TryGetFloat(T v, out double d);

    /// <summary>For %c: a str of exactly one character (code point). Ints are handled via TryGetInteger.</summary>
    bool TryGetChar(T v, out string ch);

    /// <summary>The type's __name__ for error messages ("str", "float", ...).</summary>
    string TypeName(T v);
}

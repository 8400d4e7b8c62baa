using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Objects;

/// <summary>Base of value types that engine modules implement in C# (datetime, Decimal, Fraction...).
/// The runtime's operator, comparison, hashing, repr and attribute paths ask these hooks after
/// their builtin fast paths, so module types behave like CPython's C types without touching the
/// VM. Every hook returns null for "not implemented" so the other operand can be tried.</summary>
internal abstract class PyNativeValue : PyObject
{
    /// <summary>self op other (or other op self when <paramref name="reflected"/>); null = NotImplemented.</summary>
    public virtual PyObject? Binary(BinaryOp op, PyObject other, bool reflected) => null;

    public virtual PyObject? Unary(UnaryOp op) => null;

    /// <summary>Three-way ordering against other; null when the types are not orderable.
    /// May throw for CPython's special cases (naive vs aware datetimes); int.MinValue means unordered (NaN).</summary>
    public virtual int? CompareTo(PyObject other) => null;

    /// <summary>== against other; null = NotImplemented (identity is then used).</summary>
    public virtual bool? EqualsValue(PyObject other) => null;

    /// <summary>hash(self); types equal to ints or floats must hash like them.</summary>
    public virtual long HashValue() => Runtime.ObjectIds.Of(this) >> 4;

    public abstract string ReprText();

    public virtual string StrText() => ReprText();

    public virtual bool IsTruthy => true;

    /// <summary>Data attributes (year, numerator...) not found among the type's methods.</summary>
    public virtual PyObject? Attribute(string name) => null;

    /// <summary>float(self), int(self), abs(self) and round(self[, ndigits]); null = unsupported.</summary>
    public virtual PyObject? ToFloat() => null;

    public virtual PyObject? ToInt() => null;

    public virtual PyObject? Abs() => null;

    public virtual PyObject? Round(PyObject? ndigits) => null;

    /// <summary>format(self, spec) for a non-empty spec (datetime's strftime codes, Decimal's
    /// number formats); null = the type takes no spec.</summary>
    public virtual string? Format(string spec) => null;

    /// <summary>divmod(self, other) (or divmod(other, self) when reflected); null = NotImplemented.</summary>
    public virtual PyObject? DivMod(PyObject other, bool reflected) => null;
}

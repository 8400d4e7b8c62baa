using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.date. <see cref="PyDateTime"/> derives from it, as in CPython, so date's
/// methods (weekday, isocalendar...) serve both.</summary>
internal class PyDate : PyNativeValue
{
    public PyDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public override PyType Type => DatetimeTypes.Date;

    public long Ordinal => DateMath.ToOrdinal(Year, Month, Day);

    public static PyDate FromOrdinal(long ordinal)
    {
        if (ordinal < 1 || ordinal > DateMath.MaxOrdinal) throw PyErrors.OverflowError("date value out of range");
        var (y, m, d) = DateMath.FromOrdinal(ordinal);
        return new PyDate(y, m, d);
    }

    public virtual string IsoFormat() => $"{Year:0000}-{Month:00}-{Day:00}";

    public override string ReprText() => $"datetime.date({Year}, {Month}, {Day})";

    public override string StrText() => IsoFormat();

    public override string? Format(string spec) => TimeFormat.Strftime(this, spec);

    public override long HashValue() => Hashing.Hash(PyTuple.Of(PyInt.Get(Year), PyInt.Get(Month), PyInt.Get(Day)));

    public override bool? EqualsValue(PyObject other) => other switch
    {
        PyDateTime => false,
        PyDate d => d.Year == Year && d.Month == Month && d.Day == Day,
        _ => null,
    };

    public override int? CompareTo(PyObject other) => other switch
    {
        PyDateTime => throw PyErrors.TypeError("can't compare datetime.datetime to datetime.date"),
        PyDate d => Ordinal.CompareTo(d.Ordinal),
        _ => null,
    };

    public override PyObject? Attribute(string name) => name switch
    {
        "year" => PyInt.Get(Year),
        "month" => PyInt.Get(Month),
        "day" => PyInt.Get(Day),
        _ => null,
    };

    public override PyObject? Binary(BinaryOp op, PyObject other, bool reflected)
    {
        switch (op)
        {
            case BinaryOp.Add when other is PyTimeDelta t:
                return FromOrdinal(Ordinal + t.Days);
            case BinaryOp.Sub when !reflected && other is PyTimeDelta t:
                return FromOrdinal(Ordinal - t.Days);
            case BinaryOp.Sub when other is PyDate d and not PyDateTime:
                {
                    var days = reflected ? d.Ordinal - Ordinal : Ordinal - d.Ordinal;
                    return PyTimeDelta.FromParts(days, 0, 0);
                }
            default:
                return null;
        }
    }
}

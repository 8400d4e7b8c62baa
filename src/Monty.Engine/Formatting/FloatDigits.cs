using System.Globalization;

namespace Monty.Engine.Formatting;

/// <summary>
/// Decimal digit generation for doubles, equivalent to David Gay's <c>_Py_dg_dtoa</c> as CPython
/// uses it: the result is a digit string without trailing zeros plus the position of the decimal
/// point (<c>decpt</c>: value = 0.DIGITS * 10^decpt). Zero gives "0" with decpt 1.
/// <para>
/// The digits come from .NET's own formatter: since .NET Core 3.0 "R" is the shortest round-trip
/// string and "E"/"F" with a precision are exact (the full binary value is expanded) and round
/// half-to-even on exact ties, which is exactly dtoa modes 0, 2 and 3. We only re-lay the result.
/// </para>
/// </summary>
internal static class FloatDigits
{
    // The exact decimal expansion of any double has at most 767 significant digits and at most
    // 1074 digits after the point, so asking .NET for more only appends zeros (which we strip).
    private const int MaxSignificant = 800;
    private const int MaxFractional = 1100;

    /// <summary>Buffer length that is always enough for <see cref="Shortest"/>.</summary>
    public const int ShortestBufferLength = 32;

    /// <summary>dtoa mode 0: shortest digits that round-trip. <paramref name="digits"/> needs 17 chars.</summary>
    public static int Shortest(double value, Span<char> digits, out int decpt)
    {
        if (value == 0)
        {
            return Zero(digits, out decpt);
        }

        Span<char> text = stackalloc char[ShortestBufferLength];
        value.TryFormat(text, out int written, "R", CultureInfo.InvariantCulture);
        return Extract(text[..written], digits, out decpt);
    }

    /// <summary>Buffer length needed by <see cref="Significant"/>.</summary>
    public static int SignificantBufferLength(int ndigits) => Math.Min(ndigits, MaxSignificant) + 16;

    /// <summary>dtoa mode 2: <paramref name="ndigits"/> (&gt;= 1) significant digits, correctly rounded.</summary>
    public static int Significant(double value, int ndigits, Span<char> digits, out int decpt)
    {
        if (value == 0)
        {
            return Zero(digits, out decpt);
        }

        int n = Math.Min(ndigits, MaxSignificant);
        Span<char> format = stackalloc char[12];
        format[0] = 'E';
        (n - 1).TryFormat(format[1..], out int fl, default, CultureInfo.InvariantCulture);
        Span<char> text = digits.Length >= n + 16 ? digits : new char[n + 16];
        value.TryFormat(text, out int written, format[..(fl + 1)], CultureInfo.InvariantCulture);
        return Extract(text[..written], digits, out decpt);
    }

    /// <summary>Buffer length needed by <see cref="Fixed"/>.</summary>
    public static int FixedBufferLength(double value, int ndigits) =>
        (Math.Abs(value) < 1e16 ? 18 : 312) + Math.Min(ndigits, MaxFractional) + 2;

    /// <summary>
    /// dtoa mode 3: digits up to <paramref name="ndigits"/> (&gt;= 0) places after the point,
    /// correctly rounded. When the value rounds to zero the result is empty with decpt = -ndigits.
    /// </summary>
    public static int Fixed(double value, int ndigits, Span<char> digits, out int decpt)
    {
        if (value == 0)
        {
            return Zero(digits, out decpt);
        }

        int n = Math.Min(ndigits, MaxFractional);
        Span<char> format = stackalloc char[12];
        format[0] = 'F';
        n.TryFormat(format[1..], out int fl, default, CultureInfo.InvariantCulture);
        int needed = FixedBufferLength(value, ndigits);
        Span<char> text = digits.Length >= needed ? digits : new char[needed];
        value.TryFormat(text, out int written, format[..(fl + 1)], CultureInfo.InvariantCulture);
        int count = Extract(text[..written], digits, out decpt);
        if (count == 0)
        {
            decpt = -ndigits;
        }

        return count;
    }

    private static int Zero(Span<char> digits, out int decpt)
    {
        digits[0] = '0';
        decpt = 1;
        return 1;
    }

    /// <summary>
    /// Turns .NET's "[-]ddd[.ddd][E[+-]xxx]" into bare significant digits (written in place: the
    /// output never runs ahead of the input) and the dtoa decimal point position.
    /// </summary>
    private static int Extract(ReadOnlySpan<char> text, Span<char> digits, out int decpt)
    {
        int i = 0;
        if (text[0] == '-')
        {
            i = 1;
        }

        int count = 0;
        int pointPos = -1;
        int leadingZeros = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                pointPos = count + leadingZeros;
                continue;
            }

            if (c == 'E' || c == 'e')
            {
                break;
            }

            if (c == '0' && count == 0)
            {
                leadingZeros++;
                continue;
            }

            digits[count++] = c;
        }

        int intDigits = pointPos < 0 ? count + leadingZeros : pointPos;
        int exponent = 0;
        if (i < text.Length)
        {
            exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        while (count > 0 && digits[count - 1] == '0')
        {
            count--;
        }

        if (count == 0)
        {
            // Everything rounded away (callers deal with a true zero before getting here).
            decpt = 0;
            return 0;
        }

        decpt = intDigits - leadingZeros + exponent;
        return count;
    }
}

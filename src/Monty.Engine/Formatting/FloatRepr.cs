using System.Globalization;

namespace Monty.Engine.Formatting;

/// <summary>Python's <c>repr(float)</c> (which is also <c>str(float)</c>).</summary>
internal static class FloatRepr
{
    // Below 2^53 every integral double prints as its integer digits plus ".0", so those skip the
    // shortest-digits search entirely (the most common floats in practice).
    private const double IntegralFastPathLimit = 9007199254740992.0;

    public static string Repr(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < IntegralFastPathLimit)
        {
            if (value == 0)
            {
                return double.IsNegative(value) ? "-0.0" : "0.0";
            }

            Span<char> buffer = stackalloc char[24];
            ((long)value).TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
            buffer[written++] = '.';
            buffer[written++] = '0';
            return new string(buffer[..written]);
        }

        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        return FloatLayout.Format(value, 'r', 0, addDot0: true);
    }

    /// <summary>Appends the repr to <paramref name="sb"/> without an intermediate string.</summary>
    public static void AppendRepr(ref ValueCharBuilder sb, double value) =>
        FloatLayout.Append(ref sb, value, 'r', 0, addDot0: true);
}

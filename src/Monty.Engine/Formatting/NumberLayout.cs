namespace Monty.Engine.Formatting;

/// <summary>
/// CPython's <c>calc_number_widths</c> + <c>fill_number</c> + <c>_PyUnicode_InsertThousandsGrouping</c>
/// for the C locale: lays out
/// <c>[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]</c> for format().
/// </summary>
internal static class NumberLayout
{
    /// <summary>
    /// Appends the padded number. <paramref name="digits"/> are the integer digits (already
    /// upper-cased for 'X'), <paramref name="remainder"/> is what follows the decimal point
    /// (fraction, exponent, '%', or the character for 'c').
    /// </summary>
    public static void Append(
        ref ValueCharBuilder sb,
        in FormatSpec spec,
        bool negative,
        scoped ReadOnlySpan<char> prefix,
        scoped ReadOnlySpan<char> digits,
        bool hasDecimal,
        scoped ReadOnlySpan<char> remainder)
    {
        char sign = spec.Sign switch
        {
            '+' => negative ? '-' : '+',
            ' ' => negative ? '-' : ' ',
            _ => negative ? '-' : '\0',
        };
        int groupSize = spec.GroupSize;
        char separator = spec.Grouping == '_' ? '_' : ',';
        int remainderLength = PyText.CodePointCount(remainder);
        long nonDigits = (sign != '\0' ? 1 : 0) + prefix.Length + (hasDecimal ? 1 : 0) + remainderLength;

        // Zero padding with '=' goes inside the digit grouping ("0,001,234"), so the grouping code
        // is asked to pad the digits up to the remaining width itself.
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
        long groupedLength = digits.Length == 0 ? 0 : Group(digits, minWidth, groupSize, separator, default);

        if (groupedLength > Array.MaxLength)
        {
            throw FormattingException.MemoryError();
        }

        long padding = spec.Width - (nonDigits + groupedLength);
        long left = 0, inner = 0, right = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    inner = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }

        sb.AppendCodePoint(spec.Fill, left);
        if (sign != '\0')
        {
            sb.Append(sign);
        }

        sb.Append(prefix);
        sb.AppendCodePoint(spec.Fill, inner);
        if (digits.Length != 0)
        {
            Group(digits, minWidth, groupSize, separator, sb.AppendSpan((int)groupedLength));
        }

        if (hasDecimal)
        {
            sb.Append('.');
        }

        sb.Append(remainder);
        sb.AppendCodePoint(spec.Fill, right);
    }

    /// <summary>
    /// Inserts separators every <paramref name="groupSize"/> digits (0 = none), left-padding with
    /// zeros (and separators) up to <paramref name="minWidth"/>. Returns the length; when
    /// <paramref name="dest"/> is non-empty it must have exactly that length and is filled from the
    /// right, exactly like CPython's loop (which decides where padding zeros stop).
    /// </summary>
    private static long Group(scoped ReadOnlySpan<char> digits, long minWidth, int groupSize, char separator, Span<char> dest)
    {
        bool write = !dest.IsEmpty;
        minWidth = Math.Max(0, minWidth);
        long count = 0;
        bool useSeparator = false;
        long remaining = digits.Length;
        int digitsPos = digits.Length;
        int bufferPos = dest.Length;

        if (groupSize > 0)
        {
            while (true)
            {
                long len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                long zeros = Math.Max(0, len - remaining);
                long chars = Math.Max(0, Math.Min(remaining, len));
                count += (useSeparator ? 1 : 0) + zeros + chars;
                if (write)
                {
                    Fill(dest, ref bufferPos, digits, ref digitsPos, (int)chars, (int)zeros, useSeparator ? separator : '\0');
                }

                useSeparator = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0)
                {
                    return count;
                }

                minWidth--;
            }
        }

        long lastLen = Math.Max(Math.Max(remaining, minWidth), 1);
        long lastZeros = Math.Max(0, lastLen - remaining);
        long lastChars = Math.Max(0, Math.Min(remaining, lastLen));
        count += lastZeros + lastChars;
        if (write)
        {
            Fill(dest, ref bufferPos, digits, ref digitsPos, (int)lastChars, (int)lastZeros, '\0');
        }

        return count;
    }

    private static void Fill(Span<char> dest, ref int bufferPos, ReadOnlySpan<char> digits, ref int digitsPos, int chars, int zeros, char separator)
    {
        if (separator != '\0')
        {
            dest[--bufferPos] = separator;
        }

        bufferPos -= chars;
        digitsPos -= chars;
        digits.Slice(digitsPos, chars).CopyTo(dest[bufferPos..]);
        if (zeros > 0)
        {
            bufferPos -= zeros;
            dest.Slice(bufferPos, zeros).Fill('0');
        }
    }
}

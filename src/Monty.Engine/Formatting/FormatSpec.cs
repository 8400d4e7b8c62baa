namespace Monty.Engine.Formatting;

/// <summary>
/// A parsed format-spec mini-language string:
/// <c>[[fill]align][sign][z][#][0][width][grouping_option][.precision][type]</c>.
/// Width and Precision are -1 when absent; Sign, Grouping and Type are '\0' when absent;
/// Type is a code point (so an unknown non-BMP type can be reported exactly);
/// Fill is a code point (a non-BMP fill is one character, as in Python).
/// </summary>
internal readonly record struct FormatSpec(
    int Fill,
    char Align,
    char Sign,
    bool NoNegativeZero,
    bool Alternate,
    long Width,
    char Grouping,
    long Precision,
    int Type)
{
    /// <summary>Parses <paramref name="spec"/> with int's defaults (type 'd', right-aligned).</summary>
    public static FormatSpec ForInt(string spec, string typeName = "int") => Parse(spec, typeName, 'd', '>');

    /// <summary>Parses <paramref name="spec"/> with float's defaults (no type, right-aligned).</summary>
    public static FormatSpec ForFloat(string spec, string typeName = "float") => Parse(spec, typeName, '\0', '>');

    /// <summary>Parses <paramref name="spec"/> with str's defaults (type 's', left-aligned).</summary>
    public static FormatSpec ForString(string spec, string typeName = "str") => Parse(spec, typeName, 's', '<');

    /// <summary>
    /// CPython's <c>parse_internal_render_format_spec</c>. <paramref name="typeName"/> is the
    /// object's type for the "Invalid format specifier" message; the defaults depend on the type
    /// being formatted (int: 'd' and '&gt;', float: '\0' and '&gt;', str: 's' and '&lt;').
    /// </summary>
    public static FormatSpec Parse(string spec, string typeName, char defaultType = '\0', char defaultAlign = '>')
    {
        ReadOnlySpan<char> s = spec;
        int end = s.Length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        char sign = '\0';
        bool noNegZero = false;
        bool alternate = false;
        char grouping = '\0';
        int type = defaultType;
        bool fillSpecified = false;
        bool alignSpecified = false;

        // A fill character is whatever precedes an alignment token, so look one code point ahead.
        if (end > 0)
        {
            int first = PyText.CodePointAt(s, 0, out int firstLen);
            if (firstLen < end && IsAlign(s[firstLen]))
            {
                fill = first;
                align = s[firstLen];
                fillSpecified = true;
                alignSpecified = true;
                pos = firstLen + 1;
            }
            else if (IsAlign(s[0]))
            {
                align = s[0];
                alignSpecified = true;
                pos = 1;
            }
        }

        if (pos < end && s[pos] is '+' or '-' or ' ')
        {
            sign = s[pos++];
        }

        if (pos < end && s[pos] == 'z')
        {
            noNegZero = true;
            pos++;
        }

        if (pos < end && s[pos] == '#')
        {
            alternate = true;
            pos++;
        }

        // "0" before the width means zero padding (sign-aware unless an alignment was given).
        if (!fillSpecified && pos < end && s[pos] == '0')
        {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>')
            {
                align = '=';
            }

            pos++;
        }

        long width = ParseInteger(s, ref pos, out int consumed);
        if (consumed == 0)
        {
            width = -1;
        }

        if (pos < end && s[pos] == ',')
        {
            grouping = ',';
            pos++;
        }

        if (pos < end && s[pos] == '_')
        {
            if (grouping != '\0')
            {
                throw FormattingException.ValueError("Cannot specify both ',' and '_'.");
            }

            grouping = '_';
            pos++;
        }

        if (pos < end && s[pos] == ',' && grouping == '_')
        {
            throw FormattingException.ValueError("Cannot specify both ',' and '_'.");
        }

        long precision = -1;
        if (pos < end && s[pos] == '.')
        {
            pos++;
            precision = ParseInteger(s, ref pos, out consumed);
            if (consumed == 0)
            {
                throw FormattingException.ValueError("Format specifier missing precision");
            }
        }

        // What is left must be a single type character (one code point).
        if (pos < end)
        {
            int typeCp = PyText.CodePointAt(s, pos, out int typeLen);
            if (pos + typeLen < end)
            {
                throw FormattingException.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
            }

            type = typeCp;
        }

        if (grouping != '\0')
        {
            switch (type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when grouping == '_':
                    break;
                default:
                    throw FormattingException.ValueError(type > ' ' && type < 128
                        ? $"Cannot specify '{grouping}' with '{(char)type}'."
                        : $"Cannot specify '{grouping}' with '\\x{type:x}'.");
            }
        }

        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    /// <summary>
    /// Digits per group for the grouping option: 4 for '_' with b/o/x/X (PEP 515), otherwise 3;
    /// 0 when no grouping was requested.
    /// </summary>
    public int GroupSize => Grouping == '\0' ? 0 : Grouping == '_' && Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;

    /// <summary>CPython's unknown_presentation_type error.</summary>
    public static FormattingException UnknownType(int type, string typeName) =>
        FormattingException.ValueError(type > ' ' && type < 128
            ? $"Unknown format code '{(char)type}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{type:x}' for object of type '{typeName}'");

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    // get_integer: Unicode decimal digits count too (Py_UNICODE_TODECIMAL), overflow past
    // Py_ssize_t is an error.
    private static long ParseInteger(ReadOnlySpan<char> s, ref int pos, out int consumed)
    {
        long acc = 0;
        consumed = 0;
        while (pos < s.Length)
        {
            int d = PyText.DecimalDigitValue(s, pos, out int len);
            if (d < 0)
            {
                break;
            }

            if (acc > (long.MaxValue - d) / 10)
            {
                throw FormattingException.ValueError("Too many decimal digits in format string");
            }

            acc = (acc * 10) + d;
            pos += len;
            consumed++;
        }

        return acc;
    }
}

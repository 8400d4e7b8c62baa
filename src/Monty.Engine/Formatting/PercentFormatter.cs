using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>
/// <c>str % args</c>: a transcription of CPython 3.11's PyUnicode_Format (unicodeobject.c),
/// generic over the interpreter's value type. A non-tuple right operand is a single argument;
/// a mapping operand enables <c>%(key)s</c>.
/// </summary>
internal static class PercentFormatter
{
    private const int FlagLeft = 1;   // '-'
    private const int FlagSign = 2;   // '+'
    private const int FlagBlank = 4;  // ' '
    private const int FlagAlt = 8;    // '#'
    private const int FlagZero = 16;  // '0'

    public static string Format<T>(string format, T args, IPercentOperand<T> ops)
    {
        var cursor = new ArgCursor<T>(args, ops);
        bool dictMode = !cursor.IsTuple && ops.IsMapping(args);
        T dict = args;
        var sb = new ValueCharBuilder(stackalloc char[256]);
        try
        {
            int n = format.Length;
            int pos = 0;
            while (pos < n)
            {
                int next = format.IndexOf('%', pos);
                if (next < 0)
                {
                    sb.Append(format.AsSpan(pos));
                    break;
                }

                sb.Append(format.AsSpan(pos, next - pos));
                pos = next + 1;
                if (pos < n && format[pos] == '%')
                {
                    sb.Append('%');
                    pos++;
                    continue;
                }

                FormatOne(ref sb, format, ref pos, ref cursor, dictMode, dict, ops);
                if (dictMode && cursor.HasUnused)
                {
                    throw FormattingException.TypeError("not all arguments converted during string formatting");
                }
            }

            if (cursor.HasUnused && !dictMode)
            {
                throw FormattingException.TypeError("not all arguments converted during string formatting");
            }

            return sb.ToString();
        }
        finally
        {
            sb.Dispose();
        }
    }

    // unicode_format_arg_parse + unicode_format_arg_format + unicode_format_arg_output.
    // CPython reads "the next character" by decrementing a remaining-count; when the string runs
    // out the count goes negative, the last character read stays current, and the spec ends with
    // "incomplete format". 'overrun' models that negative count.
    private static void FormatOne<T>(
        ref ValueCharBuilder sb,
        string format,
        ref int pos,
        ref ArgCursor<T> cursor,
        bool dictMode,
        T dict,
        IPercentOperand<T> ops)
    {
        int n = format.Length;
        bool overrun = false;
        int flags = 0;
        long width = -1;
        int prec = -1;
        char ch = pos < n ? format[pos] : '\0';

        if (ch == '(')
        {
            if (!dictMode)
            {
                throw FormattingException.TypeError("format requires a mapping");
            }

            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0)
            {
                if (pos >= n)
                {
                    overrun = true;
                    break;
                }

                ch = format[pos++];
                if (ch == ')')
                {
                    depth--;
                }
                else if (ch == '(')
                {
                    depth++;
                }
            }

            if (overrun || depth > 0)
            {
                throw FormattingException.ValueError("incomplete format key");
            }

            string key = format.Substring(keyStart, pos - keyStart - 1);
            cursor.Replace(ops.GetItem(dict, key));
        }

        while (true)
        {
            if (pos >= n)
            {
                overrun = true;
                break;
            }

            ch = format[pos++];
            int flag = ch switch
            {
                '-' => FlagLeft,
                '+' => FlagSign,
                ' ' => FlagBlank,
                '#' => FlagAlt,
                '0' => FlagZero,
                _ => 0,
            };
            if (flag == 0)
            {
                break;
            }

            flags |= flag;
        }

        if (ch == '*')
        {
            T v = cursor.Next();
            if (!ops.TryGetInteger(v, out BigInteger w))
            {
                throw FormattingException.TypeError("* wants int");
            }

            if (w < long.MinValue || w > long.MaxValue)
            {
                throw FormattingException.OverflowError("Python int too large to convert to C ssize_t");
            }

            width = (long)w;
            if (width < 0)
            {
                flags |= FlagLeft;
                width = -width;
            }

            ReadNext(format, ref pos, ref ch, ref overrun);
        }
        else if (ch >= '0' && ch <= '9')
        {
            width = ch - '0';
            while (true)
            {
                if (pos >= n)
                {
                    overrun = true;
                    break;
                }

                ch = format[pos++];
                if (ch < '0' || ch > '9')
                {
                    break;
                }

                if (width > (long.MaxValue - (ch - '0')) / 10)
                {
                    throw FormattingException.ValueError("width too big");
                }

                width = (width * 10) + (ch - '0');
            }
        }

        if (ch == '.')
        {
            prec = 0;
            ReadNext(format, ref pos, ref ch, ref overrun);
            if (ch == '*')
            {
                T v = cursor.Next();
                if (!ops.TryGetInteger(v, out BigInteger p))
                {
                    throw FormattingException.TypeError("* wants int");
                }

                if (p < int.MinValue || p > int.MaxValue)
                {
                    throw FormattingException.OverflowError("Python int too large to convert to C int");
                }

                prec = Math.Max(0, (int)p);
                ReadNext(format, ref pos, ref ch, ref overrun);
            }
            else if (ch >= '0' && ch <= '9')
            {
                prec = ch - '0';
                while (true)
                {
                    if (pos >= n)
                    {
                        overrun = true;
                        break;
                    }

                    ch = format[pos++];
                    if (ch < '0' || ch > '9')
                    {
                        break;
                    }

                    if (prec > (int.MaxValue - (ch - '0')) / 10)
                    {
                        throw FormattingException.ValueError("precision too big");
                    }

                    prec = (prec * 10) + (ch - '0');
                }
            }
        }

        // Length modifiers are accepted and ignored ("%ld").
        if (!overrun && ch is 'h' or 'l' or 'L')
        {
            ReadNext(format, ref pos, ref ch, ref overrun);
        }

        if (overrun)
        {
            throw FormattingException.ValueError("incomplete format");
        }

        // The conversion character may be a surrogate pair (only matters for the error message).
        int conversionIndex = pos - 1;
        int conversion = ch;
        if (char.IsHighSurrogate(ch) && pos < n && char.IsLowSurrogate(format[pos]))
        {
            conversion = char.ConvertToUtf32(ch, format[pos]);
            pos++;
        }

        T arg = cursor.Next();
        string text;
        bool numeric = false;
        switch (conversion)
        {
            case 's':
                text = ops.Str(arg);
                break;
            case 'r':
                text = ops.Repr(arg);
                break;
            case 'a':
                text = ops.Ascii(arg);
                break;
            case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
                text = FormatLong(arg, (char)conversion, (flags & FlagAlt) != 0, prec, ops);
                numeric = true;
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                text = FormatFloat(arg, (char)conversion, (flags & FlagAlt) != 0, prec, ops);
                numeric = true;
                break;
            case 'c':
                text = FormatChar(arg, ops);
                break;
            default:
                throw FormattingException.ValueError(
                    $"unsupported format character '{(conversion >= 31 && conversion <= 126 ? (char)conversion : '?')}' (0x{conversion:x}) at index {PyText.CodePointIndex(format, conversionIndex)}");
        }

        Output(ref sb, text, (char)conversion, flags, width, prec, numeric);
    }

    private static void ReadNext(string format, ref int pos, ref char ch, ref bool overrun)
    {
        if (pos < format.Length)
        {
            ch = format[pos++];
        }
        else
        {
            overrun = true;
        }
    }

    // mainformatlong + _PyUnicode_FormatLong: [-][0x][zeros up to prec][digits].
    private static string FormatLong<T>(T v, char type, bool alt, int prec, IPercentOperand<T> ops)
    {
        if (!ops.TryGetInteger(v, out BigInteger value))
        {
            if (type is 'o' or 'x' or 'X')
            {
                throw FormattingException.TypeError($"%{type} format: an integer is required, not {ops.TypeName(v)}");
            }

            if (!ops.TryGetFloat(v, out double d))
            {
                throw FormattingException.TypeError($"%{type} format: a real number is required, not {ops.TypeName(v)}");
            }

            if (double.IsNaN(d))
            {
                throw FormattingException.ValueError("cannot convert float NaN to integer");
            }

            if (double.IsInfinity(d))
            {
                throw FormattingException.OverflowError("cannot convert float infinity to integer");
            }

            value = new BigInteger(Math.Truncate(d));
        }

        if (prec < 0 && type is 'd' or 'i' or 'u')
        {
            // Plain "%d": just str(int).
            return IntText.ToDecimalString(value);
        }

        if (prec > int.MaxValue - 3)
        {
            throw FormattingException.OverflowError("precision too large");
        }

        int radix = type switch
        {
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        var digits = new ValueCharBuilder(stackalloc char[64]);
        var sb = new ValueCharBuilder(stackalloc char[64]);
        try
        {
            IntText.AppendAbsDigits(ref digits, value, radix, type == 'X');
            if (value.Sign < 0)
            {
                sb.Append('-');
            }

            if (alt && radix != 10)
            {
                sb.Append('0');
                sb.Append(type == 'o' ? 'o' : type);
            }

            sb.Append('0', (long)prec - digits.Length);
            sb.Append(digits.AsSpan());
            return sb.ToString();
        }
        finally
        {
            digits.Dispose();
            sb.Dispose();
        }
    }

    // formatfloat: PyFloat_AsDouble, then the dtoa-based layout.
    private static string FormatFloat<T>(T v, char type, bool alt, int prec, IPercentOperand<T> ops)
    {
        double x;
        if (ops.TryGetInteger(v, out BigInteger i))
        {
            x = IntText.ToDouble(i);
        }
        else if (!ops.TryGetFloat(v, out x))
        {
            throw FormattingException.TypeError($"must be real number, not {ops.TypeName(v)}");
        }

        return FloatLayout.Format(x, type, prec < 0 ? 6 : prec, alt: alt);
    }

    // formatchar: an int code point in range(0x110000) or a one-character str.
    private static string FormatChar<T>(T v, IPercentOperand<T> ops)
    {
        if (ops.TryGetInteger(v, out BigInteger i))
        {
            if (i.Sign < 0 || i > 0x10FFFF)
            {
                throw FormattingException.OverflowError("%c arg not in range(0x110000)");
            }

            return PyText.FromCodePoint((int)i);
        }

        if (ops.TryGetChar(v, out string ch))
        {
            return ch;
        }

        throw FormattingException.TypeError("%c requires int or char");
    }

    // unicode_format_arg_output: precision truncation for s/r/a, sign and 0x/0o prefix placement
    // relative to zero padding, then left or right padding. Lengths are in code points.
    private static void Output(ref ValueCharBuilder sb, string str, char conversion, int flags, long width, int prec, bool numeric)
    {
        if (width == -1 && prec == -1 && (flags & (FlagSign | FlagBlank)) == 0)
        {
            // Common case ("%s", "%d"): nothing to measure.
            sb.Append(str);
            return;
        }

        char fill = numeric && (flags & FlagZero) != 0 ? '0' : ' ';
        int len = PyText.CodePointCount(str);
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (FlagSign | FlagBlank)) == 0)
        {
            sb.Append(str);
            return;
        }

        ReadOnlySpan<char> text = str;
        if (conversion is 's' or 'r' or 'a' && prec >= 0 && len > prec)
        {
            text = text[..PyText.Utf16LengthOfPrefix(text, prec)];
            len = prec;
        }

        bool sign = numeric;
        char signChar = '\0';
        if (sign)
        {
            char first = text.Length > 0 ? text[0] : '\0';
            if (first is '-' or '+')
            {
                signChar = first;
                len--;
                text = text[1..];
            }
            else if ((flags & FlagSign) != 0)
            {
                signChar = '+';
            }
            else if ((flags & FlagBlank) != 0)
            {
                signChar = ' ';
            }
            else
            {
                sign = false;
            }
        }

        if (width < len)
        {
            width = len;
        }

        if (sign)
        {
            if (fill != ' ')
            {
                sb.Append(signChar);
            }

            if (width > len)
            {
                width--;
            }
        }

        bool prefix = (flags & FlagAlt) != 0 && conversion is 'x' or 'X' or 'o';
        if (prefix)
        {
            if (fill != ' ')
            {
                sb.Append(text[..2]);
                text = text[2..];
            }

            width = Math.Max(0, width - 2);
            len -= 2;
        }

        if (width > len && (flags & FlagLeft) == 0)
        {
            sb.Append(fill, width - len);
            width = len;
        }

        if (fill == ' ')
        {
            if (sign)
            {
                sb.Append(signChar);
            }

            if (prefix)
            {
                sb.Append(text[..2]);
                text = text[2..];
            }
        }

        sb.Append(text);
        if (width > len)
        {
            sb.Append(' ', width - len);
        }
    }

    // unicode_format_getnextarg over a tuple, a single value, or a %(key) lookup result.
    private struct ArgCursor<T>
    {
        private T _args;
        private IReadOnlyList<T>? _items;
        private int _index;
        private int _count;

        public ArgCursor(T args, IPercentOperand<T> ops)
        {
            _args = args;
            IsTuple = ops.IsTuple(args);
            if (IsTuple)
            {
                _items = ops.TupleItems(args);
                _count = _items.Count;
                _index = 0;
            }
            else
            {
                _items = null;
                _count = -1;
                _index = -2;
            }
        }

        public bool IsTuple { get; }

        public readonly bool HasUnused => _index < _count;

        public T Next()
        {
            if (_index < _count)
            {
                int i = _index++;
                return _count < 0 ? _args : _items![i];
            }

            throw FormattingException.TypeError("not enough arguments for format string");
        }

        // %(key): the looked-up value becomes the (single) current argument.
        public void Replace(T value)
        {
            _args = value;
            _items = null;
            _count = -1;
            _index = -2;
        }
    }
}

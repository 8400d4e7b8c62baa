using System.Numerics;
using static Monty.Engine.Formatting.PercentConversions;

namespace Monty.Engine.Formatting;

/// <summary>
/// <c>str % args</c>: a transcription of CPython 3.11's PyUnicode_Format (unicodeobject.c),
/// generic over the interpreter's value type. A non-tuple right operand is a single argument;
/// a mapping operand enables <c>%(key)s</c>.
/// </summary>
internal static class PercentFormatter
{
    public static string Format<T>(string format, T args, IPercentOperand<T> ops)
    {
        var cursor = new PercentArgCursor<T>(args, ops);
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
        ref PercentArgCursor<T> cursor,
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
                text = PercentConversions.FormatLong(arg, (char)conversion, (flags & FlagAlt) != 0, prec, ops);
                numeric = true;
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                text = PercentConversions.FormatFloat(arg, (char)conversion, (flags & FlagAlt) != 0, prec, ops);
                numeric = true;
                break;
            case 'c':
                text = PercentConversions.FormatChar(arg, ops);
                break;
            default:
                throw FormattingException.ValueError(
                    $"unsupported format character '{(conversion >= 31 && conversion <= 126 ? (char)conversion : '?')}' (0x{conversion:x}) at index {PyText.CodePointIndex(format, conversionIndex)}");
        }

        PercentConversions.Output(ref sb, text, (char)conversion, flags, width, prec, numeric);
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
}

namespace Monty.Engine.Formatting;

/// <summary>
/// Parses <c>str.format</c> strings like CPython's MarkupIterator / parse_field /
/// field_name_split (Objects/stringlib/unicode_format.h).
/// <para>
/// The caller walks the segments in order: literal text is copied; for a field it resolves the
/// first part with an <see cref="AutoFieldNumbering"/> shared by the whole call, looks the
/// argument up, applies the accessors, throws <see cref="FieldName.AccessorError"/> and then
/// <see cref="FormatSegment.ConversionError"/> if set, applies the conversion, expands a nested
/// spec with <c>Parse(spec, depth - 1)</c> when <see cref="FormatSegment.FormatSpecNeedsExpanding"/>,
/// and formats the value; an Error segment is thrown when reached. That reproduces CPython's
/// error precedence, because CPython parses lazily while formatting.
/// </para>
/// </summary>
internal static class BraceFormatParser
{
    /// <summary>Recursion depth of a top-level format string (nested specs get one level less).</summary>
    public const int TopLevelDepth = 2;

    /// <summary>
    /// Parses <paramref name="format"/>. <paramref name="recursionDepth"/> is 2 for
    /// <c>str.format</c> and one less for each nested spec; at 0 this throws
    /// "Max string recursion exceeded" (CPython's build_string check).
    /// </summary>
    public static IReadOnlyList<FormatSegment> Parse(string format, int recursionDepth = TopLevelDepth)
    {
        if (recursionDepth <= 0)
        {
            throw FormattingException.ValueError("Max string recursion exceeded");
        }

        var segments = new List<FormatSegment>();
        var literal = new System.Text.StringBuilder();
        int n = format.Length;
        int pos = 0;
        while (pos < n)
        {
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < n)
            {
                c = format[pos++];
                if (c is '{' or '}')
                {
                    markup = true;
                    break;
                }
            }

            bool atEnd = pos >= n;
            int len = pos - start;
            FormattingException? error = null;
            if (markup && c == '}' && (atEnd || format[pos] != '}'))
            {
                error = FormattingException.ValueError("Single '}' encountered in format string");
            }
            else if (markup && atEnd && c == '{')
            {
                error = FormattingException.ValueError("Single '{' encountered in format string");
            }
            else if (!atEnd)
            {
                if (format[pos] == c)
                {
                    // "{{" or "}}": the literal keeps the first brace, the second is skipped.
                    pos++;
                    markup = false;
                }
                else
                {
                    len--;
                }
            }

            if (error is not null)
            {
                Flush(segments, literal);
                segments.Add(FormatSegment.ForError(error));
                return segments;
            }

            if (!markup)
            {
                literal.Append(format, start, len);
                continue;
            }

            // Like CPython's iterator, a step whose field fails to parse yields nothing, not even
            // its literal prefix (unobservable through str.format, but it keeps the segments
            // identical to _string.formatter_parser).
            FormatSegment field = ParseField(format, ref pos);
            if (field.Kind != FormatSegmentKind.Error)
            {
                literal.Append(format, start, len);
            }

            Flush(segments, literal);
            segments.Add(field);
            if (field.Kind == FormatSegmentKind.Error)
            {
                return segments;
            }
        }

        Flush(segments, literal);
        return segments;
    }

    /// <summary>
    /// Splits a field name into its first part and accessor chain (CPython's field_name_split
    /// and FieldNameIterator). Also used by <c>_string.formatter_field_name_split</c>-like callers.
    /// </summary>
    public static FieldName ParseFieldName(string text)
    {
        int end = text.Length;
        int i = 0;
        while (i < end && text[i] is not ('.' or '['))
        {
            i++;
        }

        string first = text[..i];
        FormattingException? firstError = null;
        long index = -1;
        try
        {
            index = ParseIndex(first);
        }
        catch (FormattingException e)
        {
            firstError = e;
        }

        FieldNameKind kind = first.Length == 0 ? FieldNameKind.Auto : index >= 0 ? FieldNameKind.Index : FieldNameKind.Keyword;
        if (firstError is not null)
        {
            kind = FieldNameKind.Keyword;
        }

        var accessors = new List<FieldAccessor>();
        FormattingException? accessorError = null;
        while (i < end)
        {
            char c = text[i++];
            string name;
            long itemIndex = -1;
            bool isAttribute;
            if (c == '.')
            {
                isAttribute = true;
                int nameStart = i;
                while (i < end && text[i] is not ('.' or '['))
                {
                    i++;
                }

                name = text[nameStart..i];
            }
            else if (c == '[')
            {
                isAttribute = false;
                int nameStart = i;
                while (i < end && text[i] != ']')
                {
                    i++;
                }

                if (i >= end)
                {
                    accessorError = FormattingException.ValueError("Missing ']' in format string");
                    break;
                }

                name = text[nameStart..i];
                i++;
                try
                {
                    itemIndex = ParseIndex(name);
                }
                catch (FormattingException e)
                {
                    accessorError = e;
                    break;
                }
            }
            else
            {
                accessorError = FormattingException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                break;
            }

            if (name.Length == 0)
            {
                accessorError = FormattingException.ValueError("Empty attribute in format string");
                break;
            }

            accessors.Add(new FieldAccessor(isAttribute, name, itemIndex));
        }

        return new FieldName(text, kind, kind == FieldNameKind.Index ? index : -1, first, accessors, firstError, accessorError);
    }

    // parse_field: the text after '{' up to the matching '}'.
    private static FormatSegment ParseField(string format, ref int pos)
    {
        int n = format.Length;
        int nameStart = pos;
        char c = '\0';
        while (pos < n)
        {
            c = format[pos++];
            if (c == '{')
            {
                return FormatSegment.ForError(FormattingException.ValueError("unexpected '{' in field name"));
            }

            if (c == '[')
            {
                // Brackets may contain ':' and '!' (e.g. "{0[a:b]}").
                while (pos < n && format[pos] != ']')
                {
                    pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                break;
            }
        }

        string name = format[nameStart..Math.Max(nameStart, pos - 1)];
        if (c is '!' or ':')
        {
            int conversion = '\0';
            if (c == '!')
            {
                if (pos >= n)
                {
                    return FormatSegment.ForError(FormattingException.ValueError("end of string while looking for conversion specifier"));
                }

                conversion = PyText.CodePointAt(format, pos, out int convLen);
                pos += convLen;
                if (pos < n)
                {
                    c = format[pos++];
                    if (c == '}')
                    {
                        return FormatSegment.ForField(ParseFieldName(name), conversion, "", false);
                    }

                    if (c != ':')
                    {
                        return FormatSegment.ForError(FormattingException.ValueError("expected ':' after conversion specifier"));
                    }
                }
            }

            int specStart = pos;
            int depth = 1;
            bool needsExpanding = false;
            while (pos < n)
            {
                c = format[pos++];
                if (c == '{')
                {
                    needsExpanding = true;
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    return FormatSegment.ForField(ParseFieldName(name), conversion, format[specStart..(pos - 1)], needsExpanding);
                }
            }

            return FormatSegment.ForError(FormattingException.ValueError("unmatched '{' in format spec"));
        }

        if (c != '}')
        {
            return FormatSegment.ForError(FormattingException.ValueError("expected '}' before end of string"));
        }

        return FormatSegment.ForField(ParseFieldName(name), '\0', "", false);
    }

    // get_integer: -1 unless all characters are decimal digits (Unicode digits included).
    private static long ParseIndex(string s)
    {
        if (s.Length == 0)
        {
            return -1;
        }

        long acc = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int d = PyText.DecimalDigitValue(s, i, out int len);
            if (d < 0)
            {
                return -1;
            }

            if (acc > (long.MaxValue - d) / 10)
            {
                throw FormattingException.ValueError("Too many decimal digits in format string");
            }

            acc = (acc * 10) + d;
            i += len - 1;
        }

        return acc;
    }

    private static void Flush(List<FormatSegment> segments, System.Text.StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            segments.Add(FormatSegment.ForLiteral(literal.ToString()));
            literal.Clear();
        }
    }
}

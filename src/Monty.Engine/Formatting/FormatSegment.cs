namespace Monty.Engine.Formatting;

/// <summary>Kinds of <see cref="FormatSegment"/>.</summary>
internal enum FormatSegmentKind
{
    /// <summary>Literal text, with <c>{{</c> and <c>}}</c> already unescaped.</summary>
    Literal,

    /// <summary>A replacement field.</summary>
    Field,

    /// <summary>A syntax error at this point of the format string: throw <see cref="FormatSegment.Error"/>
    /// when reached (fields before it are evaluated first, as in CPython).</summary>
    Error,
}

/// <summary>One piece of a parsed <c>str.format</c> string (immutable, so parses can be cached).</summary>
internal sealed class FormatSegment
{
    private FormatSegment(FormatSegmentKind kind, string literal, FieldName? field, int conversion, string formatSpec, bool specNeedsExpanding, FormattingException? error)
    {
        Kind = kind;
        Literal = literal;
        Field = field;
        Conversion = conversion;
        FormatSpec = formatSpec;
        FormatSpecNeedsExpanding = specNeedsExpanding;
        Error = error;
    }

    public FormatSegmentKind Kind { get; }

    /// <summary>The text of a <see cref="FormatSegmentKind.Literal"/> segment.</summary>
    public string Literal { get; }

    /// <summary>The field name of a <see cref="FormatSegmentKind.Field"/> segment.</summary>
    public FieldName? Field { get; }

    /// <summary>The character after '!' ('r', 's', 'a', or anything: see <see cref="ConversionError"/>), '\0' if none.</summary>
    public int Conversion { get; }

    /// <summary>The raw format spec after ':' ("" if none); may contain nested fields.</summary>
    public string FormatSpec { get; }

    /// <summary>True when <see cref="FormatSpec"/> contains '{': expand it with
    /// <see cref="BraceFormatParser.Parse(string, int)"/> at depth - 1 (same numbering state) before use.</summary>
    public bool FormatSpecNeedsExpanding { get; }

    /// <summary>The error of an <see cref="FormatSegmentKind.Error"/> segment.</summary>
    public FormattingException? Error { get; }

    /// <summary>
    /// "Unknown conversion specifier" for a conversion other than r/s/a, else null. CPython
    /// raises it after looking the field up and before formatting it.
    /// </summary>
    public FormattingException? ConversionError => Conversion is '\0' or 'r' or 's' or 'a'
        ? null
        : FormattingException.ValueError(Conversion > 32 && Conversion < 127
            ? $"Unknown conversion specifier {(char)Conversion}"
            : $"Unknown conversion specifier \\x{Conversion:x}");

    public static FormatSegment ForLiteral(string text) => new(FormatSegmentKind.Literal, text, null, '\0', "", false, null);

    public static FormatSegment ForField(FieldName field, int conversion, string formatSpec, bool specNeedsExpanding) =>
        new(FormatSegmentKind.Field, "", field, conversion, formatSpec, specNeedsExpanding, null);

    public static FormatSegment ForError(FormattingException error) => new(FormatSegmentKind.Error, "", null, '\0', "", false, error);
}

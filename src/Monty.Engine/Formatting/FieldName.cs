namespace Monty.Engine.Formatting;

/// <summary>How a replacement field names its argument.</summary>
internal enum FieldNameKind
{
    /// <summary><c>{}</c> / <c>{.attr}</c>: the next automatic positional index.</summary>
    Auto,

    /// <summary><c>{0}</c>: an explicit positional index.</summary>
    Index,

    /// <summary><c>{name}</c>: a keyword argument.</summary>
    Keyword,
}

/// <summary>
/// A parsed field name (CPython's field_name_split plus its FieldNameIterator). CPython parses
/// the accessor chain lazily while applying it, so malformed parts only raise after the
/// argument lookup and the accessors before them: the caller resolves the first part (via
/// <see cref="AutoFieldNumbering"/>, which throws <see cref="FirstError"/>), looks it up,
/// applies <see cref="Accessors"/> in order, and then throws <see cref="AccessorError"/> if set.
/// </summary>
internal sealed class FieldName(
    string text,
    FieldNameKind kind,
    long index,
    string keyword,
    IReadOnlyList<FieldAccessor> accessors,
    FormattingException? firstError,
    FormattingException? accessorError)
{
    /// <summary>The whole field name as written.</summary>
    public string Text { get; } = text;

    public FieldNameKind Kind { get; } = kind;

    /// <summary>The explicit index for <see cref="FieldNameKind.Index"/>, else -1.</summary>
    public long Index { get; } = index;

    /// <summary>The keyword for <see cref="FieldNameKind.Keyword"/> (the first part as written).</summary>
    public string Keyword { get; } = keyword;

    public IReadOnlyList<FieldAccessor> Accessors { get; } = accessors;

    /// <summary>Error in the first part (an index too large), raised before any lookup.</summary>
    public FormattingException? FirstError { get; } = firstError;

    /// <summary>Error in the accessor chain, raised after the valid <see cref="Accessors"/> were applied.</summary>
    public FormattingException? AccessorError { get; } = accessorError;
}

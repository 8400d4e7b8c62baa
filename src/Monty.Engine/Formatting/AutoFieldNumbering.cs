namespace Monty.Engine.Formatting;

/// <summary>
/// Automatic field numbering state for one <c>str.format</c> call. It is shared by the whole
/// call including nested format specs (<c>'{:{}}'.format(x, w)</c> numbers across both), and
/// mixing <c>{}</c> with <c>{0}</c> is an error in either order.
/// </summary>
internal sealed class AutoFieldNumbering
{
    private const int Init = 0;
    private const int AutoMode = 1;
    private const int ManualMode = 2;

    private int _state;
    private long _next;

    /// <summary>
    /// The positional index a field refers to, or -1 for a keyword field. Throws the field's
    /// first-part error or a numbering-mode switch error exactly where CPython does.
    /// </summary>
    public long Resolve(FieldName field)
    {
        if (field.FirstError is not null)
        {
            throw field.FirstError;
        }

        bool empty = field.Kind == FieldNameKind.Auto;
        bool numeric = empty || field.Kind == FieldNameKind.Index;
        if (!numeric)
        {
            return -1;
        }

        if (_state == Init)
        {
            _state = empty ? AutoMode : ManualMode;
        }

        if (_state == ManualMode && empty)
        {
            throw FormattingException.ValueError("cannot switch from manual field specification to automatic field numbering");
        }

        if (_state == AutoMode && !empty)
        {
            throw FormattingException.ValueError("cannot switch from automatic field numbering to manual field specification");
        }

        return empty ? _next++ : field.Index;
    }
}

namespace Monty.Engine.Formatting;

/// <summary>
/// CPython's unicode_format_getnextarg state for <see cref="PercentFormatter"/>: walks a tuple's
/// items, or hands out a single (non-tuple or %(key)-looked-up) operand once.
/// </summary>
internal struct PercentArgCursor<T>
{
    private T _args;
    private IReadOnlyList<T>? _items;
    private int _index;
    private int _count;

    public PercentArgCursor(T args, IPercentOperand<T> ops)
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

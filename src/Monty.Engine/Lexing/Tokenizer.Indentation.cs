namespace Monty.Engine.Parsing;

// Indentation tracking at the start of each logical line, following CPython's tokenizer: tabs advance
// to the next multiple of 8, form feed resets the column, and a second count that treats a tab as one
// column detects indentation whose meaning depends on the tab size (TabError).
internal sealed partial class Tokenizer
{
    /// <summary>CPython's MAXINDENT: nesting of indented blocks allowed.</summary>
    public const int MaxIndent = 100;

    private const int TabSize = 8;

    private int[] _indents = new int[8];
    private int[] _altIndents = new int[8];
    private int _indentTop;
    private int _pendingDedents;

    /// <summary>Reads leading whitespace; returns 1 for an indent, -n for n dedents, 0 otherwise
    /// (including blank and comment-only lines, which do not affect indentation).</summary>
    private int ReadIndentation(out int indentStart)
    {
        indentStart = _pos;
        int col = 0;
        int alt = 0;
        int p = _pos;
        char c = '\0';
        while (p < _end)
        {
            c = _src[p];
            if (c == ' ')
            {
                col++;
                alt++;
            }
            else if (c == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                alt++;
            }
            else if (c == '\f')
            {
                col = alt = 0;
            }
            else
            {
                break;
            }

            p++;
        }

        _pos = p;
        if (p >= _end || c is '#' or '\n')
        {
            return 0;
        }

        if (col == _indents[_indentTop])
        {
            if (alt != _altIndents[_indentTop])
            {
                throw TabError();
            }

            return 0;
        }

        if (col > _indents[_indentTop])
        {
            if (_indentTop + 1 >= MaxIndent)
            {
                throw Error("too many levels of indentation", p, "IndentationError");
            }

            if (alt <= _altIndents[_indentTop])
            {
                throw TabError();
            }

            _indentTop++;
            if (_indentTop == _indents.Length)
            {
                Array.Resize(ref _indents, _indentTop * 2);
                Array.Resize(ref _altIndents, _indentTop * 2);
            }

            _indents[_indentTop] = col;
            _altIndents[_indentTop] = alt;
            return 1;
        }

        int dedents = 0;
        while (_indentTop > 0 && col < _indents[_indentTop])
        {
            _indentTop--;
            dedents++;
        }

        if (col != _indents[_indentTop])
        {
            throw Error("unindent does not match any outer indentation level", p, "IndentationError");
        }

        if (alt != _altIndents[_indentTop])
        {
            throw TabError();
        }

        return -dedents;
    }

    private SyntaxErrorException TabError() =>
        Error("inconsistent use of tabs and spaces in indentation", _pos, "TabError");
}

using System.Buffers;

namespace Monty.Engine.Formatting;

/// <summary>
/// Minimal growable char buffer that starts on a caller-provided (usually stackalloc'd) span and
/// only falls back to pooled arrays for long outputs, so the common short formatting results cost
/// a single allocation: the final string.
/// </summary>
internal ref struct ValueCharBuilder
{
    private Span<char> _chars;
    private char[]? _rented;
    private int _length;

    public ValueCharBuilder(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> AsSpan() => _chars[.._length];

    public readonly char this[int index] => _chars[index];

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(char c, long count)
    {
        if (count <= 0)
        {
            return;
        }

        if (count > Array.MaxLength - _length)
        {
            throw FormattingException.MemoryError();
        }

        int n = (int)count;
        if (_length + n > _chars.Length)
        {
            Grow(n);
        }

        _chars.Slice(_length, n).Fill(c);
        _length += n;
    }

    public void Append(scoped ReadOnlySpan<char> s)
    {
        if (_length + s.Length > _chars.Length)
        {
            Grow(s.Length);
        }

        s.CopyTo(_chars[_length..]);
        _length += s.Length;
    }

    /// <summary>Appends a code point (a pair of UTF-16 units above the BMP; lone surrogates pass through).</summary>
    public void AppendCodePoint(int cp)
    {
        if (cp < 0x10000)
        {
            Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            Append((char)(0xD800 + (cp >> 10)));
            Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    public void AppendCodePoint(int cp, long count)
    {
        if (cp < 0x10000)
        {
            Append((char)cp, count);
            return;
        }

        if (count > (Array.MaxLength - _length) / 2)
        {
            throw FormattingException.MemoryError();
        }

        for (long i = 0; i < count; i++)
        {
            AppendCodePoint(cp);
        }
    }

    /// <summary>Reserves <paramref name="count"/> chars at the end and returns them for direct writing.</summary>
    public Span<char> AppendSpan(int count)
    {
        if (_length + count > _chars.Length)
        {
            Grow(count);
        }

        Span<char> result = _chars.Slice(_length, count);
        _length += count;
        return result;
    }

    public void Truncate(int length) => _length = length;

    public override readonly string ToString() => new(_chars[.._length]);

    public void Dispose()
    {
        char[]? toReturn = _rented;
        this = default;
        if (toReturn is not null)
        {
            ArrayPool<char>.Shared.Return(toReturn);
        }
    }

    private void Grow(int additional)
    {
        long wanted = Math.Max((long)_length + additional, Math.Min((long)_chars.Length * 2, Array.MaxLength));
        if (wanted > Array.MaxLength)
        {
            throw FormattingException.MemoryError();
        }

        char[] array = ArrayPool<char>.Shared.Rent((int)Math.Max(wanted, 64));
        _chars[.._length].CopyTo(array);
        char[]? old = _rented;
        _chars = array;
        _rented = array;
        if (old is not null)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}

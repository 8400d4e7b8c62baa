using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Monty.Engine.Limits;

namespace Monty.Engine.Runtime;

/// <summary>A pooled, growable char buffer for building str results without per-char allocation.
/// The result is charged to the execution's budget: by <see cref="Reserve"/> while growing (for
/// results that may outgrow their input) and for the remainder in <see cref="Finish"/>.</summary>
internal ref struct CharBuffer
{
    private char[] _array;
    private int _length;
    private long _charged;

    public CharBuffer(int capacity)
    {
        _array = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
        _charged = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _array.AsSpan(0, _length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_length == _array.Length) Grow(1);
        _array[_length++] = c;
    }

    public void Append(string s) => Append(s.AsSpan());

    public void Append(ReadOnlySpan<char> s)
    {
        if (_length + s.Length > _array.Length) Grow(s.Length);
        s.CopyTo(_array.AsSpan(_length));
        _length += s.Length;
    }

    public void Append(char c, int count)
    {
        if (_length + count > _array.Length) Grow(count);
        _array.AsSpan(_length, count).Fill(c);
        _length += count;
    }

    public void AppendCodePoint(int cp)
    {
        if (cp < 0x10000)
        {
            Append((char)cp);
            return;
        }
        if (_length + 2 > _array.Length) Grow(2);
        var r = new Rune(cp);
        r.EncodeToUtf16(_array.AsSpan(_length));
        _length += 2;
    }

    /// <summary>Charges ahead (in doubling steps) so the buffer can take extra more chars:
    /// for results whose size is not bounded by their input (translate).</summary>
    public void Reserve(long extra)
    {
        var needed = _length + extra;
        if (needed <= _charged) return;
        var target = Math.Max(needed, _charged * 2);
        if (target > int.MaxValue / 2) Budget.ChargeString(target); // throws: too large
        Budget.ChargeString(target - _charged);
        _charged = target;
    }

    /// <summary>Charges what was not reserved yet, returns the string and releases the buffer.</summary>
    public string Finish()
    {
        if (_length > _charged) Budget.ChargeString(_length - _charged);
        var s = _length == 0 ? string.Empty : new string(_array, 0, _length);
        Dispose();
        return s;
    }

    public void Dispose()
    {
        var a = _array;
        _array = [];
        _length = 0;
        if (a.Length > 0) ArrayPool<char>.Shared.Return(a);
    }

    private void Grow(int extra)
    {
        var needed = (long)_length + extra;
        if (needed > int.MaxValue / 2) Budget.ChargeString(needed); // throws: too large
        var next = ArrayPool<char>.Shared.Rent((int)Math.Max(needed, Math.Min((long)_array.Length * 2, int.MaxValue / 2)));
        _array.AsSpan(0, _length).CopyTo(next);
        ArrayPool<char>.Shared.Return(_array);
        _array = next;
    }
}

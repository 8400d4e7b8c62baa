using System.Runtime.CompilerServices;

namespace Monty.Engine.Objects;

/// <summary>A Python str: a sequence of code points held as a .NET string. Strings without
/// surrogate pairs (almost all) index directly; others go through a cached offset table.</summary>
internal sealed class PyStr : PyObject
{
    public static readonly PyStr Empty = new(string.Empty);
    private static readonly PyStr[] Ascii = CreateAscii();

    private int[]? _offsets;      // UTF-16 offset of each code point, only when surrogates exist
    private int _length = -1;     // code point count, computed lazily
    private long _hash;           // 0 = not computed yet

    private string? _value;
    private readonly ConcatBuffer? _buffer;  // set for results of repeated concatenation
    private readonly int _bufferLength;      // this string's prefix of _buffer

    public PyStr(string value) => _value = value;

    private PyStr(ConcatBuffer buffer, int length)
    {
        _buffer = buffer;
        _bufferLength = length;
    }

    /// <summary>The text. Strings built by repeated + are materialised on first use.</summary>
    public string Value => _value ??= _buffer!.ToString(_bufferLength);

    /// <summary>Length in UTF-16 units, without materialising a concatenation result.</summary>
    public int Utf16Length => _value?.Length ?? _bufferLength;

    /// <summary>Below this size plain string concatenation is cheaper than a shared buffer.</summary>
    private const int BufferThreshold = 256;

    /// <summary>a + b. When a is the newest string of a shared buffer, b is appended in place, so
    /// building a string with += in a loop costs amortised linear time (CPython gets the same
    /// effect from reference counting).</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        var total = a.Utf16Length + b.Utf16Length;
        if (total < BufferThreshold) return new PyStr(string.Concat(a.Value, b.Value));
        var tail = b.Value;
        if (a._buffer is { } buffer && buffer.Length == a._bufferLength)
        {
            buffer.Append(tail);
            return new PyStr(buffer, total);
        }
        var fresh = new ConcatBuffer(a.Value, Math.Max(total * 2, 1024));
        fresh.Append(tail);
        return new PyStr(fresh, total);
    }

    public override PyType Type => PyTypes.Str;

    /// <summary>Length in code points.</summary>
    public int Length
    {
        get
        {
            if (_length < 0) _length = CountCodePoints(Value);
            return _length;
        }
    }

    /// <summary>True when every char is a whole code point (no surrogate pairs).</summary>
    public bool IsSimple => Length == Value.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr Of(string s) =>
        s.Length == 1 && s[0] < 128 ? Ascii[s[0]] : s.Length == 0 ? Empty : new PyStr(s);

    public static PyStr OfChar(char c) => c < 128 ? Ascii[c] : new PyStr(c.ToString());

    /// <summary>The code point at a (non-negative, in range) code point index, as a str.</summary>
    public PyStr CharAt(int index)
    {
        if (IsSimple) return OfChar(Value[index]);
        var start = Offsets[index];
        return new PyStr(Value.Substring(start, char.IsHighSurrogate(Value[start]) ? 2 : 1));
    }

    /// <summary>The code point value at a code point index.</summary>
    public int CodePointAt(int index) =>
        IsSimple ? Value[index] : char.ConvertToUtf32(Value, Offsets[index]);

    /// <summary>UTF-16 offset of a code point index (index may equal Length).</summary>
    public int OffsetOf(int index) =>
        index >= Length ? Value.Length : IsSimple ? index : Offsets[index];

    /// <summary>Substring by code point indices [start, end).</summary>
    public string Slice(int start, int end)
    {
        if (end <= start) return string.Empty;
        var s = OffsetOf(start);
        return Value.Substring(s, OffsetOf(end) - s);
    }

    /// <summary>Code point index of a UTF-16 offset.</summary>
    public int IndexOfOffset(int offset)
    {
        if (IsSimple) return offset;
        var lo = Array.BinarySearch(Offsets, offset);
        return lo >= 0 ? lo : ~lo;
    }

    public long Hash
    {
        get
        {
            if (_hash == 0) _hash = ComputeHash(Value);
            return _hash;
        }
    }

    private int[] Offsets => _offsets ??= BuildOffsets(Value, Length);

    public static int CountCodePoints(string s)
    {
        // Only a high+low pair is one code point; a lone surrogate counts as its own code point
        // (as BuildOffsets assumes), e.g. from '\udcff' or decode(errors='surrogateescape').
        var n = s.Length;
        for (var i = 1; i < s.Length; i++)
            if (char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1])) n--;
        return n;
    }

    private static int[] BuildOffsets(string s, int length)
    {
        var offsets = new int[length];
        var j = 0;
        for (var i = 0; i < s.Length; i++)
        {
            offsets[j++] = i;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        }
        return offsets;
    }

    /// <summary>Deterministic across processes (snapshots, reproducible hash()); never 0 or -1.</summary>
    public static long HashOf(string s) => s.Length == 0 ? Empty.Hash : ComputeHash(s);

    private static long ComputeHash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 29;
        var r = (long)(h & 0x7FFF_FFFF_FFFF_FFFFUL);
        return r is 0 or -1 ? 1 : r;
    }

    private static PyStr[] CreateAscii()
    {
        var table = new PyStr[128];
        for (var i = 0; i < 128; i++) table[i] = new PyStr(((char)i).ToString());
        return table;
    }
}

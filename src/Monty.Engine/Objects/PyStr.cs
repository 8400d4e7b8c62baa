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

    public PyStr(string value) => Value = value;

    public string Value { get; }

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
        IsSimple || index >= Length ? (index >= Length ? Value.Length : index) : Offsets[index];

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

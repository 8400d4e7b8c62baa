using System.Text;

namespace Monty.Grpc.Values;

/// <summary>Python strings may hold lone surrogates ('\ud800'); UTF-8, and so protobuf, cannot.</summary>
internal static class Utf16
{
    /// <summary>The string with each lone surrogate replaced by U+FFFD (no copy when there is none).</summary>
    public static string Scrub(string s)
    {
        var bad = FirstLoneSurrogate(s);
        if (bad < 0) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, bad);
        for (var i = bad; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Splits text into pieces of at most <paramref name="maxChars"/> without cutting a surrogate pair.</summary>
    public static IEnumerable<string> Chunks(string s, int maxChars)
    {
        for (var start = 0; start < s.Length;)
        {
            var length = Math.Min(maxChars, s.Length - start);
            if (start + length < s.Length && char.IsHighSurrogate(s[start + length - 1])) length--;
            yield return s.Substring(start, length);
            start += length;
        }
    }

    private static int FirstLoneSurrogate(string s)
    {
        // Vectorized search: almost all text has no surrogate at all.
        var first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0) return -1;
        for (var i = first; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}

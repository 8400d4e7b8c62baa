namespace Monty.Engine.Runtime;

/// <summary>Character properties and full case mappings with CPython 3.11's Unicode data
/// (generated tables, see gen_unicode_tables.py). .NET's own data is a newer Unicode version
/// and lacks Python's full (multi-character) mappings, Case_Ignorable and XID properties.</summary>
internal static partial class UnicodeInfo
{
    public const int Alpha = 1;
    public const int Decimal = 1 << 1;
    public const int Digit = 1 << 2;
    public const int Numeric = 1 << 3;
    public const int Space = 1 << 4;
    public const int Printable = 1 << 5;
    public const int Lower = 1 << 6;
    public const int Upper = 1 << 7;
    public const int Title = 1 << 8;
    public const int CaseIgnorable = 1 << 9;
    public const int XidStart = 1 << 10;
    public const int XidContinue = 1 << 11;

    /// <summary>Python's Cased: lowercase, uppercase or titlecase.</summary>
    public const int Cased = Lower | Upper | Title;

    private const int SpecialBase = 0x40000000;

    /// <summary>Property flags of a code point (surrogates included, as Python allows them in str).</summary>
    public static int Flags(int cp)
    {
        if ((uint)cp < 256) return Latin1Flags[cp];
        var starts = FlagStarts;
        // Last run starting at or before cp.
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= cp) lo = mid;
            else hi = mid - 1;
        }
        return FlagValues[lo];
    }

    public static bool Has(int cp, int flag) => (Flags(cp) & flag) != 0;

    /// <summary>Python's str.isspace for one code point; also the split()/strip() whitespace set.</summary>
    public static bool IsSpace(int cp) => cp < 128 ? IsAsciiSpace(cp) : (Flags(cp) & Space) != 0;

    /// <summary>The ASCII part of Python's whitespace, which includes the separators \x1c-\x1f.</summary>
    public static bool IsAsciiSpace(int cp) => cp == ' ' || (uint)(cp - 9) <= 4 || (uint)(cp - 0x1c) <= 3;

    /// <summary>Python's line boundaries for str.splitlines.</summary>
    public static bool IsLineBreak(int c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public enum Mapping { Upper, Lower, Title, Fold }

    /// <summary>Appends the full case mapping of cp. Returns false (appending nothing) when cp maps to itself.</summary>
    public static bool TryMap(int cp, Mapping mapping, ref CharBuffer output)
    {
        var starts = mapping switch
        {
            Mapping.Upper => UpperStarts,
            Mapping.Lower => LowerStarts,
            Mapping.Title => TitleStarts,
            _ => FoldStarts,
        };
        if (cp < starts[0]) return false;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= cp) lo = mid;
            else hi = mid - 1;
        }
        var end = mapping switch
        {
            Mapping.Upper => UpperEnds[lo],
            Mapping.Lower => LowerEnds[lo],
            Mapping.Title => TitleEnds[lo],
            _ => FoldEnds[lo],
        };
        var stride = mapping switch
        {
            Mapping.Upper => UpperStrides[lo],
            Mapping.Lower => LowerStrides[lo],
            Mapping.Title => TitleStrides[lo],
            _ => FoldStrides[lo],
        };
        if (cp > end || (cp - starts[lo]) % stride != 0) return false;
        var delta = mapping switch
        {
            Mapping.Upper => UpperDeltas[lo],
            Mapping.Lower => LowerDeltas[lo],
            Mapping.Title => TitleDeltas[lo],
            _ => FoldDeltas[lo],
        };
        if (delta >= SpecialBase) output.Append(Specials[delta - SpecialBase]);
        else output.AppendCodePoint(cp + delta);
        return true;
    }
}

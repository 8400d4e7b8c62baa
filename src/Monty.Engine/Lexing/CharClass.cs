using System.Globalization;

namespace Monty.Engine.Parsing;

/// <summary>Character classes of the tokenizer. ASCII is decided by table-free comparisons; other code
/// points follow Unicode's XID_Start / XID_Continue approximated by general category.</summary>
internal static class CharClass
{
    public static bool IsAsciiIdentStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsAsciiIdentChar(char c) => IsAsciiIdentStart(c) || (uint)(c - '0') <= 9;

    /// <summary>True for any character that may begin an identifier: ASCII letters, '_' and every
    /// non-ASCII character (validated afterwards, as CPython does, to give a precise message).</summary>
    public static bool IsPotentialIdentStart(char c) => IsAsciiIdentStart(c) || c >= 128;

    public static bool IsPotentialIdentChar(char c) => IsAsciiIdentChar(c) || c >= 128;

    public static bool IsXidStart(int cp)
    {
        if (cp < 128)
        {
            return IsAsciiIdentStart((char)cp);
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C,
        };
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 128)
        {
            return IsAsciiIdentChar((char)cp);
        }

        if (IsXidStart(cp))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => cp is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA,
        };
    }

    /// <summary>Python's str.isprintable for one code point (CPython 3.11's Unicode data).</summary>
    public static bool IsPrintable(int cp) => Runtime.UnicodeInfo.Has(cp, Runtime.UnicodeInfo.Printable);

    public static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

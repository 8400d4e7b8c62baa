using System.Collections.Frozen;

namespace Monty.Engine.Parsing;

/// <summary>A small table for <c>\N{NAME}</c> escapes: ASCII letters and digits, control-character
/// aliases, Greek letters and common punctuation and symbols. The full Unicode name database is not
/// shipped; other names report "unknown Unicode character name".</summary>
internal static class UnicodeNames
{
    private static readonly FrozenDictionary<string, int> Table = Build();

    /// <summary>The code point for a name (case-insensitive, as CPython), or -1.</summary>
    public static int Lookup(ReadOnlySpan<char> name)
    {
        if (name.Length > 64)
        {
            return -1;
        }

        Span<char> upper = stackalloc char[name.Length];
        name.ToUpperInvariant(upper);
        return Table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out int cp) ? cp : -1;
    }

    private static FrozenDictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (char c = 'A'; c <= 'Z'; c++)
        {
            d[$"LATIN CAPITAL LETTER {c}"] = c;
            d[$"LATIN SMALL LETTER {c}"] = char.ToLowerInvariant(c);
        }

        string[] digits = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
        for (int i = 0; i < digits.Length; i++)
        {
            d[$"DIGIT {digits[i]}"] = '0' + i;
        }

        string[] greek =
        [
            "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA", "MU",
            "NU", "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA",
        ];
        for (int i = 0; i < greek.Length; i++)
        {
            d[$"GREEK SMALL LETTER {greek[i]}"] = 0x03B1 + i;
            if (greek[i] != "FINAL SIGMA")
            {
                d[$"GREEK CAPITAL LETTER {greek[i]}"] = 0x0391 + i;
            }
        }

        d["GREEK SMALL LETTER LAMBDA"] = 0x03BB;
        d["GREEK CAPITAL LETTER LAMBDA"] = 0x039B;

        (string Name, int CodePoint)[] named =
        [
            ("NULL", 0x00), ("NUL", 0x00), ("BELL", 0x07), ("BACKSPACE", 0x08), ("CHARACTER TABULATION", 0x09),
            ("HORIZONTAL TABULATION", 0x09), ("TAB", 0x09), ("LINE FEED", 0x0A), ("LINE FEED (LF)", 0x0A), ("LF", 0x0A),
            ("NEW LINE", 0x0A), ("LINE TABULATION", 0x0B), ("FORM FEED", 0x0C), ("FORM FEED (FF)", 0x0C),
            ("CARRIAGE RETURN", 0x0D), ("CARRIAGE RETURN (CR)", 0x0D), ("CR", 0x0D), ("ESCAPE", 0x1B), ("ESC", 0x1B),
            ("SPACE", 0x20), ("DELETE", 0x7F), ("EXCLAMATION MARK", 0x21), ("QUOTATION MARK", 0x22),
            ("NUMBER SIGN", 0x23), ("DOLLAR SIGN", 0x24), ("PERCENT SIGN", 0x25), ("AMPERSAND", 0x26),
            ("APOSTROPHE", 0x27), ("LEFT PARENTHESIS", 0x28), ("RIGHT PARENTHESIS", 0x29), ("ASTERISK", 0x2A),
            ("PLUS SIGN", 0x2B), ("COMMA", 0x2C), ("HYPHEN-MINUS", 0x2D), ("FULL STOP", 0x2E), ("SOLIDUS", 0x2F),
            ("COLON", 0x3A), ("SEMICOLON", 0x3B), ("LESS-THAN SIGN", 0x3C), ("EQUALS SIGN", 0x3D),
            ("GREATER-THAN SIGN", 0x3E), ("QUESTION MARK", 0x3F), ("COMMERCIAL AT", 0x40),
            ("LEFT SQUARE BRACKET", 0x5B), ("REVERSE SOLIDUS", 0x5C), ("RIGHT SQUARE BRACKET", 0x5D),
            ("CIRCUMFLEX ACCENT", 0x5E), ("LOW LINE", 0x5F), ("GRAVE ACCENT", 0x60), ("LEFT CURLY BRACKET", 0x7B),
            ("VERTICAL LINE", 0x7C), ("RIGHT CURLY BRACKET", 0x7D), ("TILDE", 0x7E),
            ("NO-BREAK SPACE", 0xA0), ("INVERTED EXCLAMATION MARK", 0xA1), ("CENT SIGN", 0xA2), ("POUND SIGN", 0xA3),
            ("CURRENCY SIGN", 0xA4), ("YEN SIGN", 0xA5), ("SECTION SIGN", 0xA7), ("COPYRIGHT SIGN", 0xA9),
            ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB), ("NOT SIGN", 0xAC), ("SOFT HYPHEN", 0xAD),
            ("REGISTERED SIGN", 0xAE), ("DEGREE SIGN", 0xB0), ("PLUS-MINUS SIGN", 0xB1), ("MICRO SIGN", 0xB5),
            ("PILCROW SIGN", 0xB6), ("MIDDLE DOT", 0xB7), ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB),
            ("INVERTED QUESTION MARK", 0xBF), ("MULTIPLICATION SIGN", 0xD7), ("DIVISION SIGN", 0xF7),
            ("LATIN SMALL LETTER SHARP S", 0xDF), ("LATIN SMALL LETTER E WITH ACUTE", 0xE9),
            ("LATIN CAPITAL LETTER E WITH ACUTE", 0xC9), ("LATIN SMALL LETTER A WITH GRAVE", 0xE0),
            ("LATIN SMALL LETTER E WITH GRAVE", 0xE8), ("LATIN SMALL LETTER U WITH DIAERESIS", 0xFC),
            ("LATIN SMALL LETTER O WITH DIAERESIS", 0xF6), ("LATIN SMALL LETTER A WITH DIAERESIS", 0xE4),
            ("LATIN SMALL LETTER N WITH TILDE", 0xF1), ("LATIN SMALL LETTER C WITH CEDILLA", 0xE7),
            ("EN DASH", 0x2013), ("EM DASH", 0x2014), ("LEFT SINGLE QUOTATION MARK", 0x2018),
            ("RIGHT SINGLE QUOTATION MARK", 0x2019), ("LEFT DOUBLE QUOTATION MARK", 0x201C),
            ("RIGHT DOUBLE QUOTATION MARK", 0x201D), ("DAGGER", 0x2020), ("DOUBLE DAGGER", 0x2021), ("BULLET", 0x2022),
            ("HORIZONTAL ELLIPSIS", 0x2026), ("PER MILLE SIGN", 0x2030), ("PRIME", 0x2032), ("EURO SIGN", 0x20AC),
            ("ZERO WIDTH SPACE", 0x200B), ("ZERO WIDTH NON-JOINER", 0x200C), ("ZERO WIDTH JOINER", 0x200D),
            ("LINE SEPARATOR", 0x2028), ("PARAGRAPH SEPARATOR", 0x2029), ("ZERO WIDTH NO-BREAK SPACE", 0xFEFF),
            ("BYTE ORDER MARK", 0xFEFF), ("REPLACEMENT CHARACTER", 0xFFFD), ("TRADE MARK SIGN", 0x2122),
            ("LEFTWARDS ARROW", 0x2190), ("UPWARDS ARROW", 0x2191), ("RIGHTWARDS ARROW", 0x2192),
            ("DOWNWARDS ARROW", 0x2193), ("LEFT RIGHT ARROW", 0x2194), ("RIGHTWARDS DOUBLE ARROW", 0x21D2),
            ("FOR ALL", 0x2200), ("PARTIAL DIFFERENTIAL", 0x2202), ("THERE EXISTS", 0x2203), ("EMPTY SET", 0x2205),
            ("NABLA", 0x2207), ("ELEMENT OF", 0x2208), ("N-ARY PRODUCT", 0x220F), ("N-ARY SUMMATION", 0x2211),
            ("MINUS SIGN", 0x2212), ("SQUARE ROOT", 0x221A), ("INFINITY", 0x221E), ("INTEGRAL", 0x222B),
            ("ALMOST EQUAL TO", 0x2248), ("NOT EQUAL TO", 0x2260), ("IDENTICAL TO", 0x2261),
            ("LESS-THAN OR EQUAL TO", 0x2264), ("GREATER-THAN OR EQUAL TO", 0x2265), ("BLACK SQUARE", 0x25A0),
            ("WHITE SQUARE", 0x25A1), ("BLACK CIRCLE", 0x25CF), ("WHITE CIRCLE", 0x25CB), ("BLACK STAR", 0x2605),
            ("WHITE STAR", 0x2606), ("SNOWMAN", 0x2603), ("BLACK HEART SUIT", 0x2665), ("BLACK SPADE SUIT", 0x2660),
            ("BLACK CLUB SUIT", 0x2663), ("BLACK DIAMOND SUIT", 0x2666), ("CHECK MARK", 0x2713),
            ("HEAVY CHECK MARK", 0x2714), ("BALLOT X", 0x2717), ("WHITE SMILING FACE", 0x263A),
            ("HEAVY BLACK HEART", 0x2764), ("SPARKLES", 0x2728), ("GRINNING FACE", 0x1F600),
            ("SMILING FACE WITH SMILING EYES", 0x1F60A), ("FACE WITH TEARS OF JOY", 0x1F602),
            ("THUMBS UP SIGN", 0x1F44D), ("SNAKE", 0x1F40D), ("PILE OF POO", 0x1F4A9), ("FIRE", 0x1F525),
            ("ROCKET", 0x1F680), ("PARTY POPPER", 0x1F389), ("RED APPLE", 0x1F34E),
        ];
        foreach (var (name, cp) in named)
        {
            d[name] = cp;
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

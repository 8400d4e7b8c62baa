using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Base64;

/// <summary>Base64, base32 and base16 as binascii and base64 implement them, errors included.</summary>
internal static class Base64Codec
{
    private const string Alphabet64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string Alphabet32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Alphabet32Hex = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    public static byte[] Encode64(byte[] data) => System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(data));

    private static int Value64(byte c) => c < 128 ? Alphabet64.IndexOf((char)c) : -1;

    /// <summary>binascii.a2b_base64: non-alphabet bytes are skipped unless strict.</summary>
    public static byte[] Decode64(byte[] data, bool strict)
    {
        var output = new List<byte>(data.Length * 3 / 4);
        int quadPos = 0, leftChar = 0, pads = 0, dataChars = 0;
        var paddingStarted = false;
        if (strict && data.Length > 0 && data[0] == '=') throw ModuleErrors.Binascii("Leading padding not allowed");
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length) throw ModuleErrors.Binascii("Excess data after padding");
                    return output.ToArray();
                }
                continue;
            }
            var v = Value64(c);
            if (v < 0)
            {
                if (strict) throw ModuleErrors.Binascii("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw ModuleErrors.Binascii("Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            switch (quadPos)
            {
                case 0:
                    quadPos = 1;
                    leftChar = v;
                    break;
                case 1:
                    quadPos = 2;
                    output.Add((byte)((leftChar << 2) | (v >> 4)));
                    leftChar = v & 0x0f;
                    break;
                case 2:
                    quadPos = 3;
                    output.Add((byte)((leftChar << 4) | (v >> 2)));
                    leftChar = v & 0x03;
                    break;
                default:
                    quadPos = 0;
                    output.Add((byte)((leftChar << 6) | v));
                    leftChar = 0;
                    break;
            }
        }
        if (quadPos == 1)
            throw ModuleErrors.Binascii($"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) throw ModuleErrors.Binascii("Incorrect padding");
        return output.ToArray();
    }

    public static byte[] Encode32(byte[] data, bool hex)
    {
        var alphabet = hex ? Alphabet32Hex : Alphabet32;
        var output = new List<byte>((data.Length + 4) / 5 * 8);
        for (var i = 0; i < data.Length; i += 5)
        {
            var n = Math.Min(5, data.Length - i);
            ulong acc = 0;
            for (var j = 0; j < 5; j++) acc = (acc << 8) | (j < n ? data[i + j] : 0u);
            var chars = n switch { 1 => 2, 2 => 4, 3 => 5, 4 => 7, _ => 8 };
            for (var j = 0; j < 8; j++)
                output.Add(j < chars ? (byte)alphabet[(int)((acc >> (35 - 5 * j)) & 31)] : (byte)'=');
        }
        return output.ToArray();
    }

    public static byte[] Decode32(byte[] data, bool casefold, byte? map01, bool hex)
    {
        var alphabet = hex ? Alphabet32Hex : Alphabet32;
        if (data.Length % 8 != 0) throw ModuleErrors.Binascii("Incorrect padding");
        var s = (byte[])data.Clone();
        for (var i = 0; i < s.Length; i++)
        {
            if (map01 is { } m && !hex)
            {
                if (s[i] == '0') s[i] = (byte)'O';
                else if (s[i] == '1') s[i] = m;
            }
            if (casefold && s[i] is >= (byte)'a' and <= (byte)'z') s[i] -= 32;
        }
        var end = s.Length;
        while (end > 0 && s[end - 1] == '=') end--;
        var padChars = s.Length - end;
        var output = new List<byte>(end * 5 / 8 + 5);
        ulong acc = 0;
        for (var i = 0; i < end; i += 8)
        {
            acc = 0;
            for (var j = i; j < Math.Min(i + 8, end); j++)
            {
                var v = s[j] < 128 ? alphabet.IndexOf((char)s[j]) : -1;
                if (v < 0) throw ModuleErrors.Binascii("Non-base32 digit found");
                acc = (acc << 5) | (uint)v;
            }
            for (var k = 4; k >= 0; k--) output.Add((byte)(acc >> (8 * k)));
        }
        if (padChars is not (0 or 1 or 3 or 4 or 6)) throw ModuleErrors.Binascii("Incorrect padding");
        if (padChars > 0 && output.Count > 0)
        {
            acc <<= 5 * padChars;
            var leftover = (43 - 5 * padChars) / 8;
            output.RemoveRange(output.Count - 5, 5);
            for (var k = 0; k < leftover; k++) output.Add((byte)(acc >> (8 * (4 - k))));
        }
        return output.ToArray();
    }

    public static byte[] Encode16(byte[] data) => System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(data));

    public static byte[] Decode16(byte[] data, bool casefold)
    {
        var chars = new char[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            var c = (char)data[i];
            if (casefold) c = char.ToUpperInvariant(c);
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'F'))) throw ModuleErrors.Binascii("Non-base16 digit found");
            chars[i] = c;
        }
        if (chars.Length % 2 != 0) throw ModuleErrors.Binascii("Odd-length string");
        return Convert.FromHexString(chars);
    }
}

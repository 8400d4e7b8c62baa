using System.Globalization;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Xunit;

namespace Monty.Engine.Tests.Builtins;

/// <summary>Every case mapping and every property-run boundary of the generated Unicode tables,
/// checked through the str methods against CPython 3.11 (unicode_cases.txt, gen_str_cases.py).</summary>
public class UnicodeInfoTests
{
    private static readonly string[] Lines =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Builtins", "unicode_cases.txt"));

    [Fact]
    public void CaseMappingsMatchCPython()
    {
        TypeSetup.EnsureInitialized();
        var failures = new List<string>();
        var changed = new HashSet<int>();
        foreach (var line in Lines)
        {
            if (!line.StartsWith("C ", StringComparison.Ordinal)) continue;
            var parts = line.Split(' ');
            var cp = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            changed.Add(cp);
            var s = char.ConvertFromUtf32(cp);
            string[] methods = ["upper", "lower", "title", "casefold"];
            for (var m = 0; m < 4; m++)
            {
                var expected = FromHex(parts[m + 2]);
                var actual = CallStr(methods[m], s);
                if (actual != expected) failures.Add($"U+{cp:X4}.{methods[m]}() = {Hex(actual)}, expected {Hex(expected)}");
            }
        }
        Assert.True(changed.Count > 2500, "case data missing");
        // Every other code point maps to itself under all four mappings.
        for (var cp = 0; cp < 0x110000; cp++)
        {
            if (changed.Contains(cp) || cp is >= 0xD800 and <= 0xDFFF) continue;
            foreach (var mapping in new[] { UnicodeInfo.Mapping.Upper, UnicodeInfo.Mapping.Lower, UnicodeInfo.Mapping.Title, UnicodeInfo.Mapping.Fold })
            {
                var buffer = new CharBuffer(4);
                if (UnicodeInfo.TryMap(cp, mapping, ref buffer)) failures.Add($"U+{cp:X4} should not change under {mapping}");
                buffer.Dispose();
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void PropertiesMatchCPython()
    {
        int[] bits =
        [
            UnicodeInfo.Alpha, UnicodeInfo.Decimal, UnicodeInfo.Digit, UnicodeInfo.Numeric, UnicodeInfo.Space,
            UnicodeInfo.Printable, UnicodeInfo.Lower, UnicodeInfo.Upper, UnicodeInfo.Title, UnicodeInfo.XidStart,
            UnicodeInfo.XidContinue,
        ];
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var line in Lines)
        {
            if (!line.StartsWith("P ", StringComparison.Ordinal)) continue;
            var parts = line.Split(' ');
            var cp = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var flags = UnicodeInfo.Flags(cp);
            for (var i = 0; i < bits.Length; i++)
            {
                if ((flags & bits[i]) != 0 != (parts[2][i] == '1')) failures.Add($"U+{cp:X4} property {i}: expected {parts[2][i]}");
            }
            checkedCount++;
        }
        Assert.True(checkedCount > 3000, "property data missing");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static string CallStr(string method, string s)
    {
        var fn = (PyBuiltinFunction)PyTypes.Str.Dict[method];
        return ((PyStr)fn.Function([new PyStr(s)], null)).Value;
    }

    private static string FromHex(string field) =>
        string.Concat(field.Split('.').Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    private static string Hex(string s)
    {
        var parts = new List<string>();
        for (var i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1) parts.Add(char.ConvertToUtf32(s, i).ToString("X", CultureInfo.InvariantCulture));
        return string.Join(".", parts);
    }
}

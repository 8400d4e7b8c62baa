using System.Globalization;
using System.Text;

namespace Monty.Engine.Tests.Formatting;

/// <summary>
/// Loads the CPython-generated case files written by gen_cases.py. Each line is tab-separated
/// fields; inside a field, backslash escapes encode \\, \t, \n, \r and \uXXXX (UTF-16 units, so
/// lone surrogates survive). An expected value starting with '!' is "!ExceptionType: message".
/// Rows are handed to xunit still escaped (xunit's test-case serialization would replace lone
/// surrogates), and tests call <see cref="Unescape"/> themselves.
/// </summary>
internal static class TsvCases
{
    public static IEnumerable<object[]> Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Formatting", fileName);
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] raw = line.Split('\t');
            var row = new object[raw.Length + 1];
            row[0] = lineNo;
            for (int i = 0; i < raw.Length; i++)
            {
                row[i + 1] = raw[i];
            }

            yield return row;
        }
    }

    public static string Unescape(string s)
    {
        if (s.IndexOf('\\') < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            char e = s[++i];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new FormatException($"bad escape \\{e} in {s}");
            }
        }

        return sb.ToString();
    }

    /// <summary>Parses a Python float repr ("inf", "-nan", "1e+16", ...) exactly.</summary>
    public static double ParseDouble(string s) => s switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => BitConverter.Int64BitsToDouble(0x7FF8000000000000),
        "-nan" => BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000)),
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>Runs <paramref name="action"/> and renders its result or FormattingException like the case files do.</summary>
    public static string Capture(Func<string> action)
    {
        try
        {
            return action();
        }
        catch (Monty.Engine.Formatting.FormattingException e)
        {
            return "!" + e.PythonType + ": " + e.Message;
        }
    }
}

using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class StrMethods
{
    private static PyObject IsAlnum(PyObject[] args, KeywordArgs? kwargs) =>
        AllHave(args, kwargs, "isalnum", UnicodeInfo.Alpha | UnicodeInfo.Decimal | UnicodeInfo.Digit | UnicodeInfo.Numeric);

    private static PyObject IsAlpha(PyObject[] args, KeywordArgs? kwargs) => AllHave(args, kwargs, "isalpha", UnicodeInfo.Alpha);

    private static PyObject IsDecimal(PyObject[] args, KeywordArgs? kwargs) => AllHave(args, kwargs, "isdecimal", UnicodeInfo.Decimal);

    private static PyObject IsDigit(PyObject[] args, KeywordArgs? kwargs) => AllHave(args, kwargs, "isdigit", UnicodeInfo.Digit);

    private static PyObject IsNumeric(PyObject[] args, KeywordArgs? kwargs) => AllHave(args, kwargs, "isnumeric", UnicodeInfo.Numeric);

    private static PyObject IsSpace(PyObject[] args, KeywordArgs? kwargs) => AllHave(args, kwargs, "isspace", UnicodeInfo.Space);

    private static PyObject IsPrintable(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "isprintable");
        TextArgs.None("str", "isprintable", args, kwargs);
        // Unlike the other predicates, the empty string is printable.
        return PyBool.Of(self.Value.Length == 0 || All(self.Value, UnicodeInfo.Printable));
    }

    private static PyObject IsAscii(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "isascii");
        TextArgs.None("str", "isascii", args, kwargs);
        return PyBool.Of(self.Value.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0);
    }

    /// <summary>Non-empty and every code point has one of the flags.</summary>
    private static PyObject AllHave(PyObject[] args, KeywordArgs? kwargs, string name, int flags)
    {
        var self = Self(args, name);
        TextArgs.None("str", name, args, kwargs);
        return PyBool.Of(self.Value.Length != 0 && All(self.Value, flags));
    }

    private static bool All(string s, int flags)
    {
        for (var i = 0; i < s.Length;)
        {
            var cp = ReadCodePoint(s, i, out var width);
            if ((UnicodeInfo.Flags(cp) & flags) == 0) return false;
            i += width;
        }
        return true;
    }

    private static PyObject IsIdentifier(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "isidentifier");
        TextArgs.None("str", "isidentifier", args, kwargs);
        var s = self.Value;
        if (s.Length == 0) return PyBool.False;
        var first = ReadCodePoint(s, 0, out var width);
        if ((UnicodeInfo.Flags(first) & UnicodeInfo.XidStart) == 0) return PyBool.False;
        for (var i = width; i < s.Length;)
        {
            var cp = ReadCodePoint(s, i, out var w);
            if ((UnicodeInfo.Flags(cp) & UnicodeInfo.XidContinue) == 0) return PyBool.False;
            i += w;
        }
        return PyBool.True;
    }

    private static PyObject IsLower(PyObject[] args, KeywordArgs? kwargs) =>
        CasedOnly(args, kwargs, "islower", UnicodeInfo.Lower, UnicodeInfo.Upper | UnicodeInfo.Title);

    private static PyObject IsUpper(PyObject[] args, KeywordArgs? kwargs) =>
        CasedOnly(args, kwargs, "isupper", UnicodeInfo.Upper, UnicodeInfo.Lower | UnicodeInfo.Title);

    /// <summary>islower/isupper: some code point has wanted, none has rejected.</summary>
    private static PyObject CasedOnly(PyObject[] args, KeywordArgs? kwargs, string name, int wanted, int rejected)
    {
        var self = Self(args, name);
        TextArgs.None("str", name, args, kwargs);
        var s = self.Value;
        var cased = false;
        for (var i = 0; i < s.Length;)
        {
            var flags = UnicodeInfo.Flags(ReadCodePoint(s, i, out var width));
            if ((flags & rejected) != 0) return PyBool.False;
            cased |= (flags & wanted) != 0;
            i += width;
        }
        return PyBool.Of(cased);
    }

    private static PyObject IsTitle(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "istitle");
        TextArgs.None("str", "istitle", args, kwargs);
        var s = self.Value;
        bool cased = false, previousCased = false;
        for (var i = 0; i < s.Length;)
        {
            var flags = UnicodeInfo.Flags(ReadCodePoint(s, i, out var width));
            i += width;
            if ((flags & (UnicodeInfo.Upper | UnicodeInfo.Title)) != 0)
            {
                if (previousCased) return PyBool.False;
                previousCased = cased = true;
            }
            else if ((flags & UnicodeInfo.Lower) != 0)
            {
                if (!previousCased) return PyBool.False;
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return PyBool.Of(cased);
    }
}

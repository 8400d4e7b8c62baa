using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

internal static partial class BytesMethods
{
    private enum CaseOp { Lower, Upper, Capitalize, SwapCase, Title }

    private static PyObject Lower(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "lower", CaseOp.Lower);

    private static PyObject Upper(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "upper", CaseOp.Upper);

    private static PyObject Capitalize(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "capitalize", CaseOp.Capitalize);

    private static PyObject SwapCase(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "swapcase", CaseOp.SwapCase);

    private static PyObject Title(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "title", CaseOp.Title);

    private static PyObject CaseMethod(PyObject[] args, KeywordArgs? kwargs, string name, CaseOp op)
    {
        var self = Self(args, name);
        TextArgs.None("bytes", name, args, kwargs);
        var value = self.Value;
        Budget.ChargeString(value.Length);
        // bytes methods always return a new object in CPython (a copy even when unchanged).
        var result = new byte[value.Length];
        var previousCased = false;
        for (var i = 0; i < value.Length; i++)
        {
            var b = value[i];
            var lower = IsLowerAscii(b);
            var upper = IsUpperAscii(b);
            var toUpper = op switch
            {
                CaseOp.Lower => false,
                CaseOp.Upper => true,
                CaseOp.Capitalize => i == 0,
                CaseOp.SwapCase => lower,
                _ => !previousCased,
            };
            result[i] = toUpper ? (lower ? (byte)(b - 32) : b) : (upper ? (byte)(b + 32) : b);
            previousCased = lower || upper;
        }
        return result.Length == 0 ? PyBytes.Empty : new PyBytes(result);
    }

    private static PyObject IsAlnum(PyObject[] args, KeywordArgs? kwargs) =>
        All(args, kwargs, "isalnum", static b => IsLowerAscii(b) || IsUpperAscii(b) || IsDigitAscii(b));

    private static PyObject IsAlpha(PyObject[] args, KeywordArgs? kwargs) =>
        All(args, kwargs, "isalpha", static b => IsLowerAscii(b) || IsUpperAscii(b));

    private static PyObject IsDigit(PyObject[] args, KeywordArgs? kwargs) => All(args, kwargs, "isdigit", IsDigitAscii);

    private static PyObject IsSpace(PyObject[] args, KeywordArgs? kwargs) => All(args, kwargs, "isspace", IsWhite);

    private static PyObject IsAscii(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "isascii");
        TextArgs.None("bytes", "isascii", args, kwargs);
        return PyBool.Of(self.Value.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0);
    }

    private static PyObject All(PyObject[] args, KeywordArgs? kwargs, string name, Func<byte, bool> predicate)
    {
        var self = Self(args, name);
        TextArgs.None("bytes", name, args, kwargs);
        var value = self.Value;
        if (value.Length == 0) return PyBool.False;
        foreach (var b in value)
            if (!predicate(b)) return PyBool.False;
        return PyBool.True;
    }

    private static PyObject IsLower(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "islower");
        TextArgs.None("bytes", "islower", args, kwargs);
        var cased = false;
        foreach (var b in self.Value)
        {
            if (IsUpperAscii(b)) return PyBool.False;
            cased |= IsLowerAscii(b);
        }
        return PyBool.Of(cased);
    }

    private static PyObject IsUpper(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "isupper");
        TextArgs.None("bytes", "isupper", args, kwargs);
        var cased = false;
        foreach (var b in self.Value)
        {
            if (IsLowerAscii(b)) return PyBool.False;
            cased |= IsUpperAscii(b);
        }
        return PyBool.Of(cased);
    }

    private static PyObject IsTitle(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "istitle");
        TextArgs.None("bytes", "istitle", args, kwargs);
        bool cased = false, previousCased = false;
        foreach (var b in self.Value)
        {
            if (IsUpperAscii(b))
            {
                if (previousCased) return PyBool.False;
                previousCased = cased = true;
            }
            else if (IsLowerAscii(b))
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

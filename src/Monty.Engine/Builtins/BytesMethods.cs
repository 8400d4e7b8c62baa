using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin bytes type, with CPython 3.11's semantics and messages.
/// Character classes and case are ASCII-only, as in CPython.</summary>
internal static partial class BytesMethods
{
    public static void Register(PyType type)
    {
        TypeSetup.Method(type, "find", Find);
        TypeSetup.Method(type, "rfind", RFind);
        TypeSetup.Method(type, "index", Index);
        TypeSetup.Method(type, "rindex", RIndex);
        TypeSetup.Method(type, "count", Count);
        TypeSetup.Method(type, "startswith", StartsWith);
        TypeSetup.Method(type, "endswith", EndsWith);
        TypeSetup.Method(type, "partition", Partition);
        TypeSetup.Method(type, "rpartition", RPartition);
        TypeSetup.Method(type, "removeprefix", RemovePrefix);
        TypeSetup.Method(type, "removesuffix", RemoveSuffix);
        TypeSetup.Method(type, "replace", Replace);

        TypeSetup.Method(type, "split", Split);
        TypeSetup.Method(type, "rsplit", RSplit);
        TypeSetup.Method(type, "splitlines", SplitLines);
        TypeSetup.Method(type, "join", Join);
        TypeSetup.Method(type, "strip", Strip);
        TypeSetup.Method(type, "lstrip", LStrip);
        TypeSetup.Method(type, "rstrip", RStrip);

        TypeSetup.Method(type, "lower", Lower);
        TypeSetup.Method(type, "upper", Upper);
        TypeSetup.Method(type, "capitalize", Capitalize);
        TypeSetup.Method(type, "swapcase", SwapCase);
        TypeSetup.Method(type, "title", Title);
        TypeSetup.Method(type, "isalnum", IsAlnum);
        TypeSetup.Method(type, "isalpha", IsAlpha);
        TypeSetup.Method(type, "isascii", IsAscii);
        TypeSetup.Method(type, "isdigit", IsDigit);
        TypeSetup.Method(type, "islower", IsLower);
        TypeSetup.Method(type, "isupper", IsUpper);
        TypeSetup.Method(type, "istitle", IsTitle);
        TypeSetup.Method(type, "isspace", IsSpace);

        TypeSetup.Method(type, "center", Center);
        TypeSetup.Method(type, "ljust", LJust);
        TypeSetup.Method(type, "rjust", RJust);
        TypeSetup.Method(type, "zfill", ZFill);
        TypeSetup.Method(type, "expandtabs", ExpandTabs);

        TypeSetup.Method(type, "decode", Decode);
        TypeSetup.Method(type, "hex", Hex);
        TypeSetup.Method(type, "translate", Translate);
        // Static/class methods: plain function values, never bound to an instance.
        type.Dict["fromhex"] = FromHexFunction;
        type.Dict["maketrans"] = MakeTransFunction;
    }

    public static readonly PyBuiltinFunction FromHexFunction = new("fromhex", FromHex);

    public static readonly PyBuiltinFunction MakeTransFunction = new("maketrans", MakeTrans);

    private static PyBytes Self(PyObject[] args, string name)
    {
        if (args.Length == 0) throw PyErrors.TypeError($"unbound method bytes.{name}() needs an argument");
        if (args[0] is PyBytes b) return b;
        throw PyErrors.TypeError($"descriptor '{name}' for 'bytes' objects doesn't apply to a '{args[0].Type.Name}' object");
    }

    /// <summary>A bytes-like argument (Monty has no bytearray or memoryview).</summary>
    private static byte[] BytesArg(PyObject o) =>
        o is PyBytes b ? b.Value : throw PyErrors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>A new bytes result, charged before it is copied.</summary>
    private static PyBytes Slice(PyBytes self, int from, int to)
    {
        if (from == 0 && to == self.Value.Length) return self;
        if (to <= from) return PyBytes.Empty;
        Budget.ChargeString(to - from);
        return new PyBytes(self.Value.AsSpan(from, to - from).ToArray());
    }

    /// <summary>Python's bytes whitespace (Py_ISSPACE): space, \t, \n, \v, \f, \r.</summary>
    private static bool IsWhite(byte b) => b == ' ' || (uint)(b - 9) <= 4;

    private static bool IsLowerAscii(byte b) => (uint)(b - 'a') <= 'z' - 'a';

    private static bool IsUpperAscii(byte b) => (uint)(b - 'A') <= 'Z' - 'A';

    private static bool IsDigitAscii(byte b) => (uint)(b - '0') <= 9;
}

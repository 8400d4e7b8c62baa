using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin str type, with CPython 3.11's semantics and messages.
/// Indices are code points; strings without surrogate pairs (IsSimple) take direct paths.
/// format and format_map live with the formatting engine.</summary>
internal static partial class StrMethods
{
    public static void Register(PyType type)
    {
        // Search and compare.
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

        // Split, join, strip.
        TypeSetup.Method(type, "split", Split);
        TypeSetup.Method(type, "rsplit", RSplit);
        TypeSetup.Method(type, "splitlines", SplitLines);
        TypeSetup.Method(type, "join", Join);
        TypeSetup.Method(type, "strip", Strip);
        TypeSetup.Method(type, "lstrip", LStrip);
        TypeSetup.Method(type, "rstrip", RStrip);

        // Case.
        TypeSetup.Method(type, "lower", Lower);
        TypeSetup.Method(type, "upper", Upper);
        TypeSetup.Method(type, "casefold", CaseFold);
        TypeSetup.Method(type, "capitalize", Capitalize);
        TypeSetup.Method(type, "swapcase", SwapCase);
        TypeSetup.Method(type, "title", Title);

        // Predicates.
        TypeSetup.Method(type, "isalnum", IsAlnum);
        TypeSetup.Method(type, "isalpha", IsAlpha);
        TypeSetup.Method(type, "isascii", IsAscii);
        TypeSetup.Method(type, "isdecimal", IsDecimal);
        TypeSetup.Method(type, "isdigit", IsDigit);
        TypeSetup.Method(type, "isnumeric", IsNumeric);
        TypeSetup.Method(type, "isidentifier", IsIdentifier);
        TypeSetup.Method(type, "islower", IsLower);
        TypeSetup.Method(type, "isupper", IsUpper);
        TypeSetup.Method(type, "istitle", IsTitle);
        TypeSetup.Method(type, "isprintable", IsPrintable);
        TypeSetup.Method(type, "isspace", IsSpace);

        // Layout.
        TypeSetup.Method(type, "center", Center);
        TypeSetup.Method(type, "ljust", LJust);
        TypeSetup.Method(type, "rjust", RJust);
        TypeSetup.Method(type, "zfill", ZFill);
        TypeSetup.Method(type, "expandtabs", ExpandTabs);

        // Translation and encoding. maketrans is a static method: a plain function value
        // (no owner type), so attribute lookup must not bind it to the instance.
        TypeSetup.Method(type, "translate", Translate);
        type.Dict["maketrans"] = MakeTransFunction;
        TypeSetup.Method(type, "encode", Encode);
    }

    /// <summary>str.maketrans as a function value (also reachable from the type's dict).</summary>
    public static readonly PyBuiltinFunction MakeTransFunction = new("maketrans", MakeTrans);

    /// <summary>self for a str method; a wrong receiver only happens through unbound calls (str.upper(1)).</summary>
    private static PyStr Self(PyObject[] args, string name)
    {
        if (args.Length == 0) throw PyErrors.TypeError($"unbound method str.{name}() needs an argument");
        if (args[0] is PyStr s) return s;
        throw PyErrors.TypeError($"descriptor '{name}' for 'str' objects doesn't apply to a '{args[0].Type.Name}' object");
    }

    /// <summary>The common "must be str, not int" argument check.</summary>
    private static PyStr StrArg(PyObject o) =>
        o as PyStr ?? throw PyErrors.TypeError($"must be str, not {o.Type.Name}");

    /// <summary>Result str of a method: reuses self when unchanged, cached objects for short values.</summary>
    private static PyStr Result(PyStr self, string value) =>
        ReferenceEquals(value, self.Value) ? self : PyStr.Of(value);

    private static PyInt Int(long v) => PyInt.Get(v);
}

using System.Text;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>The re module over .NET Regex (see <see cref="RegexTranslator"/> for the syntax
/// bridge). Str patterns only; flags are plain ints.</summary>
internal static class ReModule
{
    public static PyModule Create()
    {
        ReTypes.EnsureInitialized();
        var m = new PyModule("re");
        m.Dict["__name__"] = PyStr.Of("re");
        void Add(string name, NativeFunction fn) => m.Dict[name] = new PyBuiltinFunction(name, fn);
        Add("compile", Compile);
        Add("match", (a, k) => Once(a, k, "match", MatchKind.Anchored));
        Add("fullmatch", (a, k) => Once(a, k, "fullmatch", MatchKind.Full));
        Add("search", (a, k) => Once(a, k, "search", MatchKind.Search));
        Add("findall", (a, k) => Delegate(a, k, "findall"));
        Add("finditer", (a, k) => Delegate(a, k, "finditer"));
        Add("sub", (a, k) => Sub(a, k, "sub", false));
        Add("subn", (a, k) => Sub(a, k, "subn", true));
        Add("split", Split);
        Add("escape", Escape);
        Add("purge", (a, k) => PySingleton.None);
        m.Dict["error"] = RegexError.Type;
        m.Dict["Pattern"] = ReTypes.Pattern;
        m.Dict["Match"] = ReTypes.Match;
        foreach (var (value, name) in RegexFlags.Names) m.Dict[name] = PyInt.Get(value);
        foreach (var (alias, value) in new[] { ("I", RegexFlags.IgnoreCase), ("L", RegexFlags.Locale), ("M", RegexFlags.Multiline),
                     ("S", RegexFlags.DotAll), ("U", RegexFlags.Unicode), ("X", RegexFlags.Verbose), ("A", RegexFlags.Ascii),
                     ("T", RegexFlags.Template), ("NOFLAG", 0) })
            m.Dict[alias] = PyInt.Get(value);
        return m;
    }

    public static PyPattern CompileObject(PyObject pattern, PyObject? flagsArg)
    {
        var flags = flagsArg is null ? 0 : (int)Numbers.ToIndex(flagsArg);
        if (pattern is PyPattern compiled)
        {
            if (flags != 0) throw PyErrors.ValueError("cannot process flags argument with a compiled pattern");
            return compiled;
        }
        if (pattern is PyBytes b)
        {
            if ((flags & RegexFlags.Unicode) != 0) throw PyErrors.ValueError("cannot use UNICODE flag with a bytes pattern");
            var text = PyStr.Of(PyPattern.TextOf(b));
            return new PyPattern(RegexCache.Translate(text.Value, flags | RegexFlags.Ascii), text, b, (flags & RegexFlags.Ascii) != 0);
        }
        if (pattern is not PyStr s) throw PyErrors.TypeError("first argument must be string or compiled pattern");
        return new PyPattern(RegexCache.Translate(s.Value, flags), s);
    }

    private static PyObject Compile(PyObject[] args, KeywordArgs? kwargs)
    {
        var v = MethodArgs.Parse("compile", args, 0, kwargs, ["pattern", "flags"], 2, 1);
        return CompileObject(v[0]!, v[1]);
    }

    private static PyObject Once(PyObject[] args, KeywordArgs? kwargs, string name, MatchKind kind)
    {
        var v = MethodArgs.Parse(name, args, 0, kwargs, ["pattern", "string", "flags"], 3, 2);
        var pattern = CompileObject(v[0]!, v[2]);
        return (PyObject?)new Matcher(pattern, ReTypes.Subject(pattern, v[1]!), v[1]!, 0, long.MaxValue).Once(kind) ?? PySingleton.None;
    }

    private static PyObject Delegate(PyObject[] args, KeywordArgs? kwargs, string name)
    {
        var v = MethodArgs.Parse(name, args, 0, kwargs, ["pattern", "string", "flags"], 3, 2);
        var pattern = CompileObject(v[0]!, v[2]);
        var method = (PyBuiltinFunction)ReTypes.Pattern.Dict[name];
        return method.Function([pattern, v[1]!], null);
    }

    private static PyObject Sub(PyObject[] args, KeywordArgs? kwargs, string name, bool withCount)
    {
        var v = MethodArgs.Parse(name, args, 0, kwargs, ["pattern", "repl", "string", "count", "flags"], 5, 3);
        var pattern = CompileObject(v[0]!, v[4]);
        return ReTypes.SubWith(pattern, v[1]!, v[2]!, v[3] is null ? 0 : Numbers.ToIndex(v[3]!), withCount);
    }

    private static PyObject Split(PyObject[] args, KeywordArgs? kwargs)
    {
        var v = MethodArgs.Parse("split", args, 0, kwargs, ["pattern", "string", "maxsplit", "flags"], 4, 2);
        var pattern = CompileObject(v[0]!, v[3]);
        return ReTypes.SplitWith(pattern, v[1]!, v[2] is null ? 0 : Numbers.ToIndex(v[2]!));
    }

    private const string Special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

    private static PyObject Escape(PyObject[] args, KeywordArgs? kwargs)
    {
        var v = MethodArgs.Parse("escape", args, 0, kwargs, ["pattern"], 1, 1);
        var isBytes = v[0] is PyBytes;
        var source = v[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => PyPattern.TextOf(b),
            _ => throw PyErrors.TypeError($"decoding to str: need a bytes-like object, {v[0]!.Type.Name} found"),
        };
        var sb = new StringBuilder(source.Length + 8);
        foreach (var c in source)
        {
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return isBytes ? new PyBytes(PyPattern.Latin1.GetBytes(sb.ToString())) : PyStr.Of(sb.ToString());
    }
}

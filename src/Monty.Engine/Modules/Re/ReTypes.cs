using System.Text;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>The re.Pattern and re.Match types and their methods.</summary>
internal static class ReTypes
{
    public static readonly PyType Pattern = new("Pattern", PyTypes.Object, isBaseType: false) { Module = "re" };
    public static readonly PyType Match = new("Match", PyTypes.Object, isBaseType: false) { Module = "re" };

    private static readonly string[] SearchNames = ["string", "pos", "endpos"];

    static ReTypes()
    {
        TypeSetup.Method(Pattern, "match", (a, k) => Once(a, k, "match", MatchKind.Anchored));
        TypeSetup.Method(Pattern, "fullmatch", (a, k) => Once(a, k, "fullmatch", MatchKind.Full));
        TypeSetup.Method(Pattern, "search", (a, k) => Once(a, k, "search", MatchKind.Search));
        TypeSetup.Method(Pattern, "findall", FindAll);
        TypeSetup.Method(Pattern, "finditer", FindIter);
        TypeSetup.Method(Pattern, "sub", (a, k) => Sub(a, k, "sub", withCount: false));
        TypeSetup.Method(Pattern, "subn", (a, k) => Sub(a, k, "subn", withCount: true));
        TypeSetup.Method(Pattern, "split", Split);
        TypeSetup.Method(Match, "group", Group);
        TypeSetup.Method(Match, "groups", (a, k) => Groups(a, k, "groups"));
        TypeSetup.Method(Match, "groupdict", GroupDict);
        TypeSetup.Method(Match, "span", (a, k) => SpanPart(a, k, "span", 2));
        TypeSetup.Method(Match, "start", (a, k) => SpanPart(a, k, "start", 0));
        TypeSetup.Method(Match, "end", (a, k) => SpanPart(a, k, "end", 1));
        TypeSetup.Method(Match, "expand", Expand);
        TypeSetup.Method(Match, "__getitem__", (a, k) => MatchSelf(a, "__getitem__").GetItem(a[1]));
    }

    public static PyObject? Rebuild(PyPattern pattern, PyObject subject, long pos, long endpos, int index, int length)
    {
        var matcher = new Matcher(pattern, Subject(pattern, subject), subject, pos, endpos);
        var m = matcher.At(index, MatchKind.Anchored);
        if (m is not null && m.Match.Length != length) m = matcher.At(index, MatchKind.NonEmptyAnchored);
        return m is not null && m.Match.Length == length ? m : null;
    }

    /// <summary>Forces the static constructor (methods installed) before first use.</summary>
    public static void EnsureInitialized() { }

    private static PyPattern PatternSelf(PyObject[] args, string name) => MethodArgs.Self<PyPattern>(args, Pattern, name);

    private static PyMatch MatchSelf(PyObject[] args, string name) => MethodArgs.Self<PyMatch>(args, Match, name);

    /// <summary>The text a pattern runs over: a str subject, or a bytes subject decoded as latin-1
    /// for a bytes pattern; mixing the two is CPython's TypeError.</summary>
    public static PyStr Subject(PyPattern pattern, PyObject o)
    {
        switch (o)
        {
            case PyStr s when !pattern.IsBytes:
                return s;
            case PyBytes b when pattern.IsBytes:
                return PyStr.Of(PyPattern.TextOf(b));
            case PyStr:
                throw PyErrors.TypeError("cannot use a bytes pattern on a string-like object");
            case PyBytes:
                throw PyErrors.TypeError("cannot use a string pattern on a bytes-like object");
            default:
                throw PyErrors.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
        }
    }

    private static Matcher MatcherFor(string name, PyObject[] args, KeywordArgs? kwargs, out PyPattern pattern)
    {
        pattern = PatternSelf(args, name);
        var v = MethodArgs.Parse(name, args, 1, kwargs, SearchNames, 3, 1);
        var subject = Subject(pattern, v[0]!);
        var pos = v[1] is null ? 0 : Numbers.ToClampedIndex(NotFloat(v[1]!));
        var endpos = v[2] is null ? long.MaxValue : Numbers.ToClampedIndex(NotFloat(v[2]!));
        if (pos < 0) pos = 0;
        return new Matcher(pattern, subject, v[0]!, pos, endpos);
    }

    private static PyObject NotFloat(PyObject o) =>
        o is PyInt or PyBigInt ? o : throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    private static PyObject Once(PyObject[] args, KeywordArgs? kwargs, string name, MatchKind kind) =>
        (PyObject?)MatcherFor(name, args, kwargs, out _).Once(kind) ?? PySingleton.None;

    private static PyObject FindAll(PyObject[] args, KeywordArgs? kwargs)
    {
        var matcher = MatcherFor("findall", args, kwargs, out var pattern);
        var groups = pattern.Translated.Groups;
        var result = new List<PyObject>();
        foreach (var m in matcher.All())
        {
            result.Add(groups switch
            {
                0 => m.Group(0),
                1 => m.Group(1, pattern.EmptyText),
                _ => new PyTuple([.. Enumerable.Range(1, groups).Select(g => m.Group(g, pattern.EmptyText))]),
            });
            if ((result.Count & 1023) == 0) Limits.Budget.ChargeContainer(1024);
        }
        return new PyList(result);
    }

    private static PyObject FindIter(PyObject[] args, KeywordArgs? kwargs)
    {
        var matcher = MatcherFor("finditer", args, kwargs, out _);
        var matches = new List<PyObject>(matcher.All());
        Limits.Budget.ChargeContainer(matches.Count * 4);
        return Iteration.GetIter(new PyList(matches));
    }

    private static PyObject Split(PyObject[] args, KeywordArgs? kwargs)
    {
        var pattern = PatternSelf(args, "split");
        var v = MethodArgs.Parse("split", args, 1, kwargs, ["string", "maxsplit"], 2, 1);
        return SplitWith(pattern, v[0]!, v[1] is null ? 0 : Numbers.ToIndex(v[1]!));
    }

    public static PyObject SplitWith(PyPattern pattern, PyObject original, long maxsplit)
    {
        var subject = Subject(pattern, original);
        var result = new List<PyObject>();
        if (maxsplit < 0) return new PyList([original]);
        var last = 0;
        var groups = pattern.Translated.Groups;
        foreach (var m in new Matcher(pattern, subject, original, 0, long.MaxValue).All((int)Math.Min(maxsplit, int.MaxValue)))
        {
            var (start, end) = m.Span(0);
            result.Add(pattern.Text(subject.Slice(last, start)));
            for (var g = 1; g <= groups; g++) result.Add(m.Group(g));
            last = end;
        }
        result.Add(pattern.Text(subject.Slice(last, subject.Length)));
        Limits.Budget.ChargeContainer(result.Count);
        return new PyList(result);
    }

    private static PyObject Sub(PyObject[] args, KeywordArgs? kwargs, string name, bool withCount)
    {
        var pattern = PatternSelf(args, name);
        var v = MethodArgs.Parse(name, args, 1, kwargs, ["repl", "string", "count"], 3, 2);
        return SubWith(pattern, v[0]!, v[1]!, v[2] is null ? 0 : Numbers.ToIndex(v[2]!), withCount);
    }

    /// <summary>sub/subn: string templates are applied natively; a callable replacement gets the
    /// matches computed here and is called per match by the prelude (__re_sub_call), as frames.</summary>
    public static PyObject SubWith(PyPattern pattern, PyObject repl, PyObject original, long count, bool withCount)
    {
        ReplacementTemplate? template = null;
        var subject = Subject(pattern, original);
        if (repl is PyStr r && !pattern.IsBytes) template = pattern.Template(r.Value);
        else if (repl is PyBytes rb && pattern.IsBytes) template = pattern.Template(PyPattern.TextOf(rb));
        else if (repl is PyStr or PyBytes)
        {
            // Like CPython, a str template for a bytes pattern (or the reverse) fails only once a match uses it.
            if (new Matcher(pattern, subject, original, 0, long.MaxValue).Once(MatchKind.Search) is null)
                return withCount ? PyTuple.Of(original, PyInt.Get(0)) : original;
            throw MismatchedTemplate(pattern);
        }
        else if (!ObjectFunctions.IsCallable(repl))
            throw PyErrors.TypeError($"decoding to str: need a bytes-like object, {repl.Type.Name} found");
        if (count < 0) count = 0;
        var matcher = new Matcher(pattern, subject, original, 0, long.MaxValue);
        var limit = (int)Math.Min(count, int.MaxValue);
        if (template is null)
        {
            var matches = new List<PyObject>();
            var pieces = new List<PyObject>();
            var last = 0;
            foreach (var m in matcher.All(limit))
            {
                var (start, end) = m.Span(0);
                pieces.Add(pattern.Text(subject.Slice(last, start)));
                matches.Add(m);
                last = end;
            }
            pieces.Add(pattern.Text(subject.Slice(last, subject.Length)));
            if (matches.Count == 0) return withCount ? PyTuple.Of(original, PyInt.Get(0)) : original;
            var helper = VirtualMachine.CurrentOrNull?.Prelude.Get("__re_sub_call") ?? throw PyErrors.Unsupported("re.sub outside an execution");
            return new TailCall(helper, [repl, new PyList(matches), new PyList(pieces), PyBool.Of(withCount), pattern.EmptyText]);
        }
        var sb = new StringBuilder();
        var lastOffset = 0;
        var n = 0;
        var text = subject.Value;
        foreach (var m in matcher.All(limit))
        {
            sb.Append(text, lastOffset, m.Match.Index - lastOffset);
            template.AppendTo(sb, m);
            lastOffset = m.Match.Index + m.Match.Length;
            n++;
            if ((n & 1023) == 0) Limits.Budget.ChargeString(sb.Length);
        }
        PyObject result;
        if (n == 0) result = original;
        else
        {
            sb.Append(text, lastOffset, text.Length - lastOffset);
            Limits.Budget.ChargeString(sb.Length);
            result = pattern.Text(sb.ToString());
        }
        return withCount ? PyTuple.Of(result, PyInt.Get(n)) : result;
    }

    private static PyException MismatchedTemplate(PyPattern pattern) => PyErrors.TypeError(pattern.IsBytes
        ? "sequence item 0: expected a bytes-like object, str found"
        : "sequence item 0: expected str instance, bytes found");

    private static PyObject Group(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MatchSelf(args, "group");
        NativeArgs.NoKeywords("group", kwargs);
        if (args.Length == 1) return self.Group(0);
        if (args.Length == 2) return self.Group(self.GroupIndex(args[1]));
        return new PyTuple([.. args.Skip(1).Select(g => self.Group(self.GroupIndex(g)))]);
    }

    private static PyObject Groups(PyObject[] args, KeywordArgs? kwargs, string name)
    {
        var self = MatchSelf(args, name);
        var v = MethodArgs.Parse(name, args, 1, kwargs, ["default"], 1, 0);
        var missing = v[0] ?? PySingleton.None;
        return new PyTuple([.. Enumerable.Range(1, self.GroupCount).Select(g => self.Group(g, missing))]);
    }

    private static PyObject GroupDict(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MatchSelf(args, "groupdict");
        var v = MethodArgs.Parse("groupdict", args, 1, kwargs, ["default"], 1, 0);
        var d = new PyDict();
        foreach (var kv in self.Pattern.Translated.GroupIndex) d.SetStr(kv.Key, self.Group(kv.Value, v[0]));
        return d;
    }

    private static PyObject SpanPart(PyObject[] args, KeywordArgs? kwargs, string name, int part)
    {
        var self = MatchSelf(args, name);
        NativeArgs.NoKeywords(name, kwargs);
        if (args.Length > 2) throw PyErrors.TypeError($"{name} expected at most 1 argument, got {args.Length - 1}");
        var index = args.Length == 2 ? self.GroupIndex(args[1]) : 0;
        var (start, end) = self.Span(index);
        return part switch
        {
            0 => PyInt.Get(start),
            1 => PyInt.Get(end),
            _ => PyTuple.Of(PyInt.Get(start), PyInt.Get(end)),
        };
    }

    private static PyObject Expand(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MatchSelf(args, "expand");
        var v = MethodArgs.Parse("expand", args, 1, kwargs, ["template"], 1, 1);
        var template = (v[0], self.Pattern.IsBytes) switch
        {
            (PyStr t, false) => t.Value,
            (PyBytes b, true) => PyPattern.TextOf(b),
            (PyStr or PyBytes, _) => throw MismatchedTemplate(self.Pattern),
            _ => throw PyErrors.TypeError($"decoding to str: need a bytes-like object, {v[0]!.Type.Name} found"),
        };
        var sb = new StringBuilder();
        self.Pattern.Template(template).AppendTo(sb, self);
        return self.Pattern.Text(sb.ToString());
    }
}

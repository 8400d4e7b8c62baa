using System.Text;
using System.Text.RegularExpressions;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>re.Pattern: a compiled Python pattern over its .NET translation.</summary>
internal sealed class PyPattern(TranslatedPattern translated, PyStr source) : PyObject, INativeAttributes, INativeRepr, ISnapshotState
{
    public string SnapshotKind => "re.Pattern";

    public PyObject[] SnapshotState() => [Source, PyInt.Get(Translated.Flags & ~RegexFlags.Unicode)];

    private readonly Dictionary<string, ReplacementTemplate> _templates = new(StringComparer.Ordinal);

    public TranslatedPattern Translated { get; } = translated;

    public PyStr Source { get; } = source;

    public override PyType Type => ReTypes.Pattern;

    private TranslatedPattern? _astral;

    /// <summary>The regex for a kind of match, sized to the script's remaining time; subjects
    /// with characters outside the BMP use the translation that steps over surrogate pairs.</summary>
    public Regex RegexFor(MatchKind kind, bool astral)
    {
        var t = astral ? _astral ??= RegexCache.Translate(Translated.Source, Translated.Flags & ~RegexFlags.Unicode, astral: true) : Translated;
        return RegexCache.Get(kind switch
        {
            MatchKind.Search => t.DotNet,
            MatchKind.Anchored => @"\G(?:" + t.DotNet + ")",
            MatchKind.Full => @"\G(?:" + t.DotNet + @")\z",
            _ => @"\G(?:" + t.DotNet + @")(?!\G)",
        }, t.Options);
    }

    public ReplacementTemplate Template(string template)
    {
        if (!_templates.TryGetValue(template, out var t))
        {
            t = ReplacementTemplate.Parse(template, this);
            if (_templates.Count < 64) _templates[template] = t;
        }
        return t;
    }

    public PyObject? GetAttribute(string name) => name switch
    {
        "pattern" => Source,
        "flags" => PyInt.Get(Translated.Flags),
        "groups" => PyInt.Get(Translated.Groups),
        "groupindex" => GroupIndex(),
        _ => null,
    };

    private PyDict GroupIndex()
    {
        var d = new PyDict();
        foreach (var kv in Translated.GroupIndex) d.SetStr(kv.Key, PyInt.Get(kv.Value));
        return d;
    }

    public string Repr()
    {
        var sb = new StringBuilder("re.compile(");
        var text = Runtime.Repr.Of(Source);
        sb.Append(text.Length > 200 ? text[..200] : text);
        var flags = Translated.Flags & ~RegexFlags.Unicode;
        if (flags != 0)
        {
            sb.Append(", ");
            var first = true;
            foreach (var (value, name) in RegexFlags.Names)
            {
                if ((flags & value) == 0) continue;
                if (!first) sb.Append('|');
                sb.Append("re.").Append(name);
                first = false;
            }
        }
        return sb.Append(')').ToString();
    }
}

/// <summary>How a pattern is applied at a position.</summary>
internal enum MatchKind
{
    Search,
    Anchored,
    Full,

    /// <summary>Anchored and non-empty: after an empty match, the next match at the same
    /// position must consume something (CPython's must_advance).</summary>
    NonEmptyAnchored,
}

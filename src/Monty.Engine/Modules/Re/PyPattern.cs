using System.Text;
using System.Text.RegularExpressions;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>re.Pattern: a compiled Python pattern over its .NET translation.</summary>
/// <remarks>A bytes pattern matches over the latin-1 decoding of bytes subjects (one char per byte,
/// ASCII meanings of \w \d \s), and its results are encoded back to bytes.</remarks>
internal sealed class PyPattern(TranslatedPattern translated, PyStr source, PyBytes? bytesSource = null, bool askedAscii = false)
    : PyObject, INativeAttributes, INativeRepr, ISnapshotState
{
    public string SnapshotKind => "re.Pattern";

    public PyObject[] SnapshotState() => [SourceObject, PyInt.Get(ReportedFlags & ~RegexFlags.Unicode)];

    public bool IsBytes => bytesSource is not null;

    /// <summary>What the script compiled: the str, or the bytes of a bytes pattern.</summary>
    public PyObject SourceObject => (PyObject?)bytesSource ?? Source;

    // Bytes patterns are translated with ASCII forced, which CPython does not report in .flags.
    private int ReportedFlags => IsBytes && !askedAscii ? Translated.Flags & ~RegexFlags.Ascii : Translated.Flags;

    /// <summary>Text from the subject as the script sees it: str, or bytes for a bytes pattern.</summary>
    public PyObject Text(string text) => IsBytes ? new PyBytes(Latin1.GetBytes(text)) : PyStr.Of(text);

    /// <summary>The one-char-per-byte text a bytes pattern, subject or template is matched as.</summary>
    public static string TextOf(PyBytes bytes) => Latin1.GetString(bytes.Value);

    public PyObject EmptyText => IsBytes ? PyBytes.Empty : PyStr.Empty;

    public static readonly System.Text.Encoding Latin1 = System.Text.Encoding.Latin1;

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
        "pattern" => SourceObject,
        "flags" => PyInt.Get(ReportedFlags),
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
        var text = Runtime.Repr.Of(SourceObject);
        sb.Append(text.Length > 200 ? text[..200] : text);
        var flags = ReportedFlags & ~RegexFlags.Unicode;
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

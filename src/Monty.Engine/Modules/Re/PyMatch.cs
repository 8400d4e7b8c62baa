using System.Text;
using System.Text.RegularExpressions;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>re.Match: one successful match, with positions in code points.</summary>
internal sealed class PyMatch(PyPattern pattern, PyStr subject, PyObject original, Match match, int pos, int endpos)
    : PyObject, INativeAttributes, INativeRepr, INativeSubscript, ISnapshotState
{
    public string SnapshotKind => "re.Match";

    // Rebuilt by matching again, anchored where this match started (see ReTypes.Rebuild).
    public PyObject[] SnapshotState() =>
        [Pattern, Original, PyInt.Get(pos), PyInt.Get(endpos), PyInt.Get(Match.Index), PyInt.Get(Match.Length)];

    public PyPattern Pattern { get; } = pattern;

    public PyStr Subject { get; } = subject;

    /// <summary>The subject as the script passed it: the str, or the bytes of a bytes match.</summary>
    public PyObject Original { get; } = original;

    public Match Match { get; } = match;

    public override PyType Type => ReTypes.Match;

    public int GroupCount => Pattern.Translated.Groups;

    /// <summary>A group number from an int or a group name, as CPython resolves it.</summary>
    public int GroupIndex(PyObject g)
    {
        if (g is PyInt i && i.Value >= 0 && i.Value <= GroupCount) return (int)i.Value;
        if (g is PyStr s)
        {
            var index = Pattern.Translated.IndexOf(s.Value);
            if (index >= 0) return index;
        }
        throw PyErrors.IndexError("no such group");
    }

    public PyObject Group(int index, PyObject? missing = null)
    {
        var group = Match.Groups[index];
        return group.Success ? Pattern.Text(group.Value) : missing ?? PySingleton.None;
    }

    public (int Start, int End) Span(int index)
    {
        var group = Match.Groups[index];
        if (!group.Success) return (-1, -1);
        return (Subject.IndexOfOffset(group.Index), Subject.IndexOfOffset(group.Index + group.Length));
    }

    public PyObject? GetAttribute(string name) => name switch
    {
        "string" => Original,
        "re" => Pattern,
        "pos" => PyInt.Get(pos),
        "endpos" => PyInt.Get(endpos),
        "lastindex" => LastIndex() is var li and > 0 ? PyInt.Get(li) : PySingleton.None,
        "lastgroup" => LastIndex() is var lg and > 0 && Pattern.Translated.NameOf(lg) is { } n ? PyStr.Of(n) : PySingleton.None,
        "regs" => new PyTuple([.. Enumerable.Range(0, GroupCount + 1).Select(i => SpanTuple(i))]),
        _ => null,
    };

    public PyTuple SpanTuple(int index)
    {
        var (s, e) = Span(index);
        return PyTuple.Of(PyInt.Get(s), PyInt.Get(e));
    }

    /// <summary>The group that closed last: the latest end, and of those the outermost.</summary>
    private int LastIndex()
    {
        var best = 0;
        int bestEnd = -1, bestStart = int.MaxValue;
        for (var i = 1; i <= GroupCount; i++)
        {
            var g = Match.Groups[i];
            if (!g.Success) continue;
            var end = g.Index + g.Length;
            if (end > bestEnd || (end == bestEnd && g.Index < bestStart))
            {
                best = i;
                bestEnd = end;
                bestStart = g.Index;
            }
        }
        return best;
    }

    public PyObject GetItem(PyObject key) => Group(GroupIndex(key));

    public string Repr()
    {
        var (s, e) = Span(0);
        var sb = new StringBuilder("<re.Match object; span=(");
        sb.Append(s).Append(", ").Append(e).Append("), match=");
        sb.Append(Runtime.Repr.Of(Group(0))).Append('>');
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using Monty.Engine;

namespace Monty.Cli;

/// <summary>Python-style repr of host values, for --show-result.</summary>
internal static class ValueText
{
    public static string Repr(MontyValue value) => value switch
    {
        MontyNone => "None",
        MontyBool b => b.Value ? "True" : "False",
        MontyInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        MontyFloat f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        MontyStr s => "'" + s.Value.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        MontyList l => "[" + string.Join(", ", l.Items.Select(Repr)) + "]",
        MontyTuple t => t.Items.Count == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        MontyDict d => "{" + string.Join(", ", d.Items.Select(kv => Repr(kv.Key) + ": " + Repr(kv.Value))) + "}",
        MontySet s => s.Items.Count == 0 ? (s.Frozen ? "frozenset()" : "set()") : (s.Frozen ? "frozenset({" : "{") + string.Join(", ", s.Items.Select(Repr)) + (s.Frozen ? "})" : "}"),
        MontyBytes b => "b'" + Encoding.Latin1.GetString(b.Value) + "'",
        MontyOpaque o => o.Repr,
        _ => value.ToString() ?? "",
    };
}

namespace Monty.Engine.Objects;

/// <summary>Keyword arguments of one call, in call order. Small and allocation-light:
/// most calls have none, so callers pass null.</summary>
internal sealed class KeywordArgs
{
    public KeywordArgs(string[] names, PyObject[] values)
    {
        Names = names;
        Values = values;
    }

    public string[] Names { get; }

    public PyObject[] Values { get; }

    public int Count => Names.Length;

    public PyObject? Get(string name)
    {
        for (var i = 0; i < Names.Length; i++)
            if (Names[i] == name) return Values[i];
        return null;
    }
}

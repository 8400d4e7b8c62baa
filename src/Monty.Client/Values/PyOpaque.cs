namespace Monty.Client.Values;

/// <summary>A Python object with no data form (a function, a class instance...), as the server
/// describes it. It cannot be sent back.</summary>
public sealed record PyOpaque(string TypeName, string Repr)
{
    public override string ToString() => Repr;
}

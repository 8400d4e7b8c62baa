namespace Monty.Client.Values;

/// <summary>Python's None where .NET cannot hold null: as a dictionary key or a set item.
/// Elsewhere None is plain <c>null</c>.</summary>
public sealed class PyNone
{
    public static readonly PyNone Value = new();

    private PyNone()
    {
    }

    public override string ToString() => "None";
}

namespace Monty.Engine.Runtime;

/// <summary>Discards output.</summary>
internal sealed class NullOutput : IOutputSink
{
    public static readonly NullOutput Instance = new();

    public void Write(string text, bool isError)
    {
    }
}

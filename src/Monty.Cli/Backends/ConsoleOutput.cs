using System.Text;
using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>Writes script output to the process's stdout/stderr as UTF-8, buffered like python3.</summary>
internal sealed class ConsoleOutput : IMontyOutput
{
    private readonly Stream _stdout = Console.OpenStandardOutput();
    private readonly Stream _stderr = Console.OpenStandardError();

    public void Write(OutputStream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        (stream == OutputStream.Stderr ? _stderr : _stdout).Write(bytes);
    }

    public void Flush()
    {
        _stdout.Flush();
        _stderr.Flush();
    }
}

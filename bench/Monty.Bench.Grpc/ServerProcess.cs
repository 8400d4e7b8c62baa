using System.Diagnostics;

namespace Monty.Bench.Grpc;

/// <summary>Starts this program again as the server, so client and server costs stay apart.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static ServerProcess Start()
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        // Run as `dotnet Monty.Bench.Grpc.dll`: the dll is the program, dotnet the host.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        info.ArgumentList.Add("--serve");
        var process = Process.Start(info)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("PORT ", StringComparison.Ordinal)) return new ServerProcess(process, int.Parse(line[5..]));
        }
        throw new InvalidOperationException("the server process exited before it listened");
    }

    /// <summary>The server's managed heap after a full collection, and its working set.</summary>
    public (long Heap, long WorkingSet) Memory()
    {
        _process.StandardInput.WriteLine("mem");
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts is ["MEM", var heap, var workingSet]) return (long.Parse(heap), long.Parse(workingSet));
        }
        throw new InvalidOperationException("the server process exited");
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.WriteLine("quit");
            if (!_process.WaitForExit(15_000)) _process.Kill();
        }
        finally
        {
            _process.Dispose();
        }
    }
}

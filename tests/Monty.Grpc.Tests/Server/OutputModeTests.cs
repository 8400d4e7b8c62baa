using Monty.Engine;
using Monty.Grpc.Sessions;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

[Collection(SharedServer.Name)]
public sealed class OutputModeTests(ServerFixture fixture)
{
    private const string HundredPrints = "for i in range(100):\n    print(i)";

    private static readonly string Expected = string.Concat(Enumerable.Range(0, 100).Select(i => $"{i}\n"));

    private async Task<FeedResult> RunAsync(OutputMode mode, uint bufferBytes = 0)
    {
        using var session = fixture.Host.Open();
        await session.ConfigureAsync(new Configure { Options = new SessionOptions { OutputMode = mode, OutputBufferBytes = bufferBytes } });
        return await session.RunAsync(HundredPrints);
    }

    [Fact]
    public async Task StreamedSendsEachWrite()
    {
        var result = await RunAsync(OutputMode.Unspecified);
        Assert.Equal(100, result.Messages.Count(m => m.Output is not null));
        Assert.Equal(Expected, result.Stdout);
    }

    [Fact]
    public async Task BufferedJoinsWrites()
    {
        var result = await RunAsync(OutputMode.Buffered, bufferBytes: 100);
        var chunks = result.Messages.Count(m => m.Output is not null);
        Assert.InRange(chunks, 2, 5);
        Assert.Equal(Expected, result.Stdout);
    }

    [Fact]
    public async Task DiscardedSendsNothingButStillCounts()
    {
        var result = await RunAsync(OutputMode.Discarded);
        Assert.DoesNotContain(result.Messages, m => m.Output is not null);
        Assert.Equal((ulong)Expected.Length, result.Completed.Usage.OutputBytes);
    }

    [Fact]
    public void BufferedOutputKeepsStreamOrder()
    {
        // Stderr needs `import sys`, which the engine lacks for now: drive the sink directly.
        var sent = new List<SessionResponse>();
        var writer = new RecordingWriter(sent);
        var output = new SessionOutput(new ResponseWriter(writer), OutputMode.Buffered, 1000);
        output.Write(Engine.OutputStream.Stdout, "a");
        output.Write(Engine.OutputStream.Stdout, "b");
        output.Write(Engine.OutputStream.Stderr, "!");
        output.Write(Engine.OutputStream.Stdout, "c");
        output.Flush();
        SpinWait.SpinUntil(() => { lock (sent) return sent.Count == 3; }, TimeSpan.FromSeconds(5));
        lock (sent)
        {
            Assert.Equal(["Stdout:ab", "Stderr:!", "Stdout:c"], sent.Select(m => $"{m.Output.Stream}:{m.Output.Text}"));
        }
    }

    private sealed class RecordingWriter(List<SessionResponse> sent) : global::Grpc.Core.IServerStreamWriter<SessionResponse>
    {
        public global::Grpc.Core.WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(SessionResponse message)
        {
            lock (sent) sent.Add(message);
            return Task.CompletedTask;
        }
    }
}

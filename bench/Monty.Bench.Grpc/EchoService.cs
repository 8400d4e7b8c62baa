using Grpc.Core;
using Monty.Bench.Grpc.Echo;

namespace Monty.Bench.Grpc;

/// <summary>The bare bidirectional round trip: read a message, write it back.</summary>
internal sealed class EchoServer : EchoService.EchoServiceBase
{
    public override async Task Echo(IAsyncStreamReader<EchoMessage> requestStream, IServerStreamWriter<EchoMessage> responseStream, ServerCallContext context)
    {
        while (await requestStream.MoveNext()) await responseStream.WriteAsync(requestStream.Current);
    }
}

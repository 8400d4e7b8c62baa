using Grpc.Core;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Infrastructure;

/// <summary>Drives one session stream from a test: send requests, read responses with a timeout.</summary>
public sealed class SessionClient(AsyncDuplexStreamingCall<SessionRequest, SessionResponse> call) : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public AsyncDuplexStreamingCall<SessionRequest, SessionResponse> Call { get; } = call;

    /// <summary>Writes a request. A write that fails because the server already ended the call is
    /// ignored: the call's status is what tests check, and reading the response stream returns it.</summary>
    public async Task SendAsync(SessionRequest request)
    {
        try
        {
            await Call.RequestStream.WriteAsync(request);
        }
        catch (RpcException)
        {
        }
    }

    public Task CompleteRequestsAsync() => Call.RequestStream.CompleteAsync();

    /// <summary>The next response, or null when the server ended the stream with OK.</summary>
    public async Task<SessionResponse?> ReadAsync(TimeSpan? timeout = null)
    {
        var move = Call.ResponseStream.MoveNext();
        var winner = await Task.WhenAny(move, Task.Delay(timeout ?? DefaultTimeout));
        if (winner != move) throw new TimeoutException("no response from the server in time");
        return await move ? Call.ResponseStream.Current : null;
    }

    public async Task<SessionResponse> ReadRequiredAsync(TimeSpan? timeout = null) =>
        await ReadAsync(timeout) ?? throw new InvalidOperationException("the stream ended");

    public async Task<Configured> ConfigureAsync(Configure configure)
    {
        await SendAsync(new SessionRequest { Configure = configure });
        var response = await ReadRequiredAsync();
        Assert.Equal(SessionResponse.KindOneofCase.Configured, response.KindCase);
        return response.Configured;
    }

    public Task<Configured> ConfigureAsync(params string[] hostFunctions)
    {
        var configure = new Configure();
        configure.HostFunctions.AddRange(hostFunctions);
        return ConfigureAsync(configure);
    }

    public Task FeedAsync(string code, IDictionary<string, Value>? inputs = null)
    {
        var feed = new Feed { Code = code };
        if (inputs is not null) feed.Inputs.Add(inputs);
        return SendAsync(new SessionRequest { Feed = feed });
    }

    public Task AnswerAsync(ulong callId, Value value) =>
        SendAsync(new SessionRequest { CallResult = new CallResult { CallId = callId, Value = value } });

    public Task RaiseAsync(ulong callId, string type, string message) =>
        SendAsync(new SessionRequest { CallResult = new CallResult { CallId = callId, Error = new CallError { ExceptionType = type, Message = message } } });

    /// <summary>Feeds code and answers its host calls with <paramref name="host"/> until the terminal message.</summary>
    public async Task<FeedResult> RunAsync(string code, Func<CallRequest, Value>? host = null, IDictionary<string, Value>? inputs = null)
    {
        await FeedAsync(code, inputs);
        return await CollectAsync(host);
    }

    /// <summary>Reads one feed's messages, answering calls, until its terminal message.</summary>
    public async Task<FeedResult> CollectAsync(Func<CallRequest, Value>? host = null)
    {
        var result = new FeedResult();
        while (true)
        {
            var response = await ReadRequiredAsync();
            result.Messages.Add(response);
            switch (response.KindCase)
            {
                case SessionResponse.KindOneofCase.CallRequest:
                    if (host is null) throw new InvalidOperationException($"unexpected call to {response.CallRequest.FunctionName}");
                    await AnswerAsync(response.CallRequest.CallId, host(response.CallRequest));
                    break;
                case SessionResponse.KindOneofCase.Completed:
                case SessionResponse.KindOneofCase.Failed:
                    return result;
            }
        }
    }

    /// <summary>Reads until the stream ends; returns its status (OK when it ended normally).</summary>
    public async Task<Status> ReadToEndAsync(TimeSpan? timeout = null)
    {
        try
        {
            while (await ReadAsync(timeout) is not null)
            {
            }
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    /// <summary>Reads until the stream fails, asserting the status code; returns the detail.</summary>
    public async Task<string> ExpectStatusAsync(StatusCode code, TimeSpan? timeout = null)
    {
        var status = await ReadToEndAsync(timeout);
        Assert.True(code == status.StatusCode, $"expected {code}, got {status.StatusCode}: {status.Detail}");
        return status.Detail;
    }

    public void Dispose() => Call.Dispose();
}

/// <summary>Everything the server sent for one feed.</summary>
public sealed class FeedResult
{
    public List<SessionResponse> Messages { get; } = [];

    public SessionResponse Terminal => Messages[^1];

    public Completed Completed => Terminal.Completed ?? throw new InvalidOperationException($"feed failed: {Terminal.Failed}");

    public Failed Failed => Terminal.Failed ?? throw new InvalidOperationException($"feed completed: {Terminal.Completed}");

    public Value Value => Completed.Value;

    public IEnumerable<CallRequest> Calls => Messages.Where(m => m.CallRequest is not null).Select(m => m.CallRequest);

    public string Stdout => string.Concat(Messages.Where(m => m.Output is { Stream: OutputStream.Stdout }).Select(m => m.Output.Text));
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monty.Grpc.Hosting;

namespace Monty.Cli.Tests;

/// <summary>`monty run` and `monty repl` end to end, embedded and against a real server on a
/// loopback port (the same server `monty serve` starts).</summary>
public sealed class CommandTests : IAsyncLifetime
{
    private const string Program = "def total(xs):\n    return sum(xs)\nprint('total', total(numbers))\n{'n': len(numbers), 'name': name}\n";
    private WebApplication _server = null!;
    private string _url = null!;

    public async Task InitializeAsync()
    {
        _server = MontyGrpcServer.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Monty:Address"] = "127.0.0.1",
            ["Monty:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
        await _server.StartAsync();
        _url = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunPrintsLikePythonAndShowsTheResultOnRequest(bool onServer)
    {
        var script = MontyProcess.Script(Program);
        string[] args = ["run", script, "--input", "numbers=[1, 2, 3]", "--input", "name=\"it's\"", "--limit", "max_duration=2"];
        var plain = await MontyProcess.RunAsync(null, [.. args, .. Server(onServer)]);
        Assert.Equal((0, "total 6\n", ""), (plain.ExitCode, plain.Stdout, plain.Stderr));
        var shown = await MontyProcess.RunAsync(null, [.. args, "--show-result", .. Server(onServer)]);
        Assert.Equal("total 6\n{'n': 3, 'name': \"it's\"}\n", shown.Stdout);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunFailsWithThePythonTracebackOnStderr(bool onServer)
    {
        var script = MontyProcess.Script("print('before')\ndef f():\n    return {}['k']\nf()\n");
        var result = await MontyProcess.RunAsync(null, ["run", script, .. Server(onServer)]);
        Assert.Equal((1, "before\n"), (result.ExitCode, result.Stdout));
        var name = Path.GetFileName(script);
        Assert.StartsWith($"Traceback (most recent call last):\n  File \"{name}\", line 4, in <module>\n    f()\n  File \"{name}\", line 3, in f\n    return {{}}['k']\n", result.Stderr);
        Assert.EndsWith("\nKeyError: 'k'\n", result.Stderr);
    }

    [Theory]
    [InlineData(false, "import sys\nprint('a')\nsys.exit(0)\nprint('b')\n", 0, "a\n", "")]
    [InlineData(false, "import sys\nsys.exit(3)\n", 3, "", "")]
    [InlineData(false, "import sys\nsys.exit('bad input')\n", 1, "", "bad input\n")]
    [InlineData(true, "import sys\nsys.exit(4)\n", 4, "", "")]
    [InlineData(true, "raise SystemExit('stop')\n", 1, "", "stop\n")]
    public async Task SystemExitEndsQuietlyWithItsStatusLikePython(bool onServer, string source, int exitCode, string stdout, string stderr)
    {
        var result = await MontyProcess.RunAsync(null, ["run", MontyProcess.Script(source), .. Server(onServer)]);
        Assert.Equal((exitCode, stdout, stderr), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public async Task RunReportsLimitsAndBadArguments()
    {
        var loop = await MontyProcess.RunAsync(null, ["run", MontyProcess.Script("while True:\n    pass\n"), "--limit", "max_duration=0.2"]);
        Assert.Equal(1, loop.ExitCode);
        Assert.Contains("TimeoutError", loop.Stderr);
        var bad = await MontyProcess.RunAsync(null, ["run", MontyProcess.Script("1"), "--input", "x=[1,"]);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--input x: not valid JSON", bad.Stderr);
        var missing = await MontyProcess.RunAsync(null, ["run", "/nonexistent/script.py"]);
        Assert.Equal(2, missing.ExitCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReplEchoesValuesRunsBlocksAndKeepsGoingAfterErrors(bool onServer)
    {
        const string input = "x = 2\nfor i in range(3):\n    x += i\n\nx\n1/0\n[x,\n x * 2]\nNone\n'done'\n";
        var result = await MontyProcess.RunAsync(input, ["repl", "--no-history", .. Server(onServer)]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("5\n[5, 10]\n'done'\n", result.Stdout);
        Assert.EndsWith("ZeroDivisionError: division by zero\n", result.Stderr);
    }

    private string[] Server(bool onServer) => onServer ? ["--server", _url] : [];
}

using Monty.Client.Tests.Infrastructure;

namespace Monty.Client.Tests.Hosting;

[Collection(SharedServer.Name)]
public sealed class HostFunctionTests(InProcessServer server)
{
    public sealed record Weather(string City, double Temp, string Sky);

    public sealed record Query(string Text, int Limit);

    private async Task<object?> Run(HostFunctions functions, string code, MontySessionOptions? options = null)
    {
        var result = await server.Client.RunAsync(code, options: new MontySessionOptions
        {
            Functions = functions,
            ExceptionMapper = options?.ExceptionMapper ?? PythonError.FromException,
        });
        return result.Value;
    }

    [Fact]
    public async Task SyncAndAsyncDelegatesServeCalls()
    {
        var functions = new HostFunctions
        {
            ["get_weather"] = (string city) => new Weather(city, 21.5, "sunny"),
            ["search"] = async (string query, int maxResults = 2) =>
            {
                await Task.Delay(10);
                return Enumerable.Range(1, maxResults).Select(i => $"{query} #{i}").ToList();
            },
        };
        var value = await Run(functions, "w = get_weather('Paris')\n[w['temp'], w['sky'], search('cats'), search('dogs', max_results=1)]");
        Assert.Equal("[21.5, sunny, [cats #1, cats #2], [dogs #1]]", Describe(value));
    }

    [Fact]
    public async Task VoidAndTaskFunctionsReturnNone()
    {
        var log = new List<string>();
        var functions = new HostFunctions
        {
            ["log"] = (string line) => log.Add(line),
            ["flush"] = async () => await Task.Yield(),
        };
        Assert.Equal("[None, None]", Describe(await Run(functions, "[log('a'), flush()]")));
        Assert.Equal(["a"], log);
    }

    [Fact]
    public async Task ArgumentsConvertToParameterTypes()
    {
        var functions = new HostFunctions
        {
            ["find"] = (Query query, long[] ids, Dictionary<string, double> weights, (string, int) pair) =>
                $"{query.Text}/{query.Limit}/{string.Join(',', ids)}/{weights["w"]}/{pair.Item1}{pair.Item2}",
            ["total"] = (params int[] numbers) => numbers.Sum(),
        };
        Assert.Equal("q/3/1,2/0.5/x9", await Run(functions, "find({'text': 'q', 'limit': 3}, [1, 2], {'w': 0.5}, ('x', 9))"));
        Assert.Equal(6L, await Run(functions, "total(1, 2, 3)"));
    }

    [Fact]
    public async Task BindingErrorsReadAsCPythonTypeErrors()
    {
        var functions = new HostFunctions { ["get_weather"] = (string city, bool metric = true) => city };
        var value = await Run(functions, """
            errors = []
            for call in (lambda: get_weather(), lambda: get_weather('a', True, 3), lambda: get_weather('a', units='x'),
                         lambda: get_weather(5), lambda: get_weather('a', city='b')):
                try:
                    call()
                except TypeError as e:
                    errors.append(str(e))
            errors
            """);
        Assert.Equal([
            "get_weather() missing 1 required positional argument: 'city'",
            "get_weather() takes from 1 to 2 positional arguments but 3 were given",
            "get_weather() got an unexpected keyword argument 'units'",
            "get_weather() argument 'city': expected String, got int",
            "get_weather() got multiple values for argument 'city'",
        ], ((List<object?>)value!).Cast<string>());
    }

    [Fact]
    public async Task DotnetExceptionsBecomePythonExceptions()
    {
        var functions = new HostFunctions
        {
            ["bad_arg"] = new Action(() => throw new ArgumentException("bad city")),
            ["missing"] = new Action(() => throw new KeyNotFoundException("no such key")),
            ["broken"] = new Action(() => throw new InvalidOperationException("boom")),
            ["denied"] = new Action(() => throw new MontyHostException("PermissionError", "not allowed")),
        };
        var value = await Run(functions, """
            caught = []
            for f in (bad_arg, missing, broken, denied):
                try:
                    f()
                except Exception as e:
                    caught.append(type(e).__name__ + ': ' + str(e))
            caught
            """);
        Assert.Equal(["ValueError: bad city", "KeyError: 'no such key'", "RuntimeError: boom", "PermissionError: not allowed"],
            ((List<object?>)value!).Cast<string>());
    }

    [Fact]
    public async Task TheExceptionMappingCanBeOverridden()
    {
        var functions = new HostFunctions { ["fetch"] = new Action(() => throw new TimeoutException("slow upstream")) };
        var value = await Run(functions, "try:\n    fetch()\nexcept TimeoutError as e:\n    r = 'timeout: ' + str(e)\nr", new MontySessionOptions
        {
            ExceptionMapper = e => e is TimeoutException ? new PythonError("TimeoutError", e.Message) : PythonError.FromException(e),
        });
        Assert.Equal("timeout: slow upstream", value);
    }

    [Fact]
    public async Task AnUncaughtHostExceptionFailsTheRunWithATraceback()
    {
        var functions = new HostFunctions { ["fetch"] = new Func<string, string>(url => throw new ArgumentException($"bad url {url}")) };
        var error = await Assert.ThrowsAsync<MontyScriptException>(() =>
            server.Client.RunAsync("def go():\n    return fetch('x')\ngo()", options: new() { Functions = functions, ScriptName = "agent.py" }));
        Assert.Equal("ValueError", error.PythonType);
        Assert.Equal("bad url x", error.PythonMessage);
        Assert.Equal("ValueError: bad url x", error.Message);
        Assert.Equal(("agent.py", 2, "go"), (error.Traceback[^1].FileName, error.Traceback[^1].Line, error.Traceback[^1].FunctionName));
        Assert.EndsWith("ValueError: bad url x\n", error.FormattedTraceback);
    }

    [Fact]
    public async Task HostFunctionsSeeTheCallAndACancellationToken()
    {
        HostCall? seen = null;
        var functions = new HostFunctions
        {
            ["probe"] = (HostCall call, CancellationToken token, int n) =>
            {
                seen = call;
                return token.CanBeCanceled ? n * 2 : -1;
            },
        };
        Assert.Equal(42L, await Run(functions, "probe(21)"));
        Assert.Equal("probe", seen!.FunctionName);
        Assert.Equal(21, seen.Args[0].IntValue);
    }

    /// <summary>Nested values as "[a, b, [c]]", to compare results in one line.</summary>
    private static string Describe(object? value) => value switch
    {
        List<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "None",
    };
}

using System.Collections;
using Monty.Client.Hosting;
using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>The functions a script may call, as C# delegates, sync or async:
/// <code>new HostFunctions { ["get_weather"] = (string city) => new Weather(city, 21.5) }</code>
/// Arguments are converted to the parameter types, results back to Python values (see
/// <see cref="Values.MontyValues"/>); exceptions become Python exceptions (see <see cref="PythonError"/>).</summary>
public sealed class HostFunctions : IEnumerable<string>
{
    private readonly Dictionary<string, HostFunctionBinder> _functions = new(StringComparer.Ordinal);

    /// <summary>Registers or replaces a function under a Python identifier.</summary>
    public Delegate this[string name]
    {
        set => Add(name, value);
    }

    public IReadOnlyCollection<string> Names => _functions.Keys;

    public HostFunctions Add(string name, Delegate function)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(function);
        _functions[name] = new HostFunctionBinder(name, function);
        return this;
    }

    public bool Contains(string name) => _functions.ContainsKey(name);

    internal Task<Value> InvokeAsync(CallRequest request, CancellationToken cancellationToken)
    {
        if (!_functions.TryGetValue(request.FunctionName, out var function))
            throw new MontyHostException("NameError", $"name '{request.FunctionName}' is not defined by this client");
        return function.InvokeAsync(new HostCall(request.CallId, request.FunctionName, request.Args, request.Kwargs), cancellationToken);
    }

    public IEnumerator<string> GetEnumerator() => _functions.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

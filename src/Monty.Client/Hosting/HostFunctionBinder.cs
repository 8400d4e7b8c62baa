using System.Reflection;
using System.Runtime.ExceptionServices;
using Monty.Client.Values;
using Monty.Protocol.V1;

namespace Monty.Client.Hosting;

/// <summary>Calls one C# delegate with a script's arguments: positional arguments in order, keyword
/// arguments by parameter name (<c>max_results</c> binds <c>maxResults</c>), defaults for the rest,
/// a trailing <c>params</c> array for extra positionals; <see cref="CancellationToken"/> and
/// <see cref="HostCall"/> parameters are supplied by the client. Binding errors read as CPython's.</summary>
internal sealed class HostFunctionBinder
{
    private readonly string _name;
    private readonly Delegate _function;
    private readonly ParameterInfo[] _parameters;

    public HostFunctionBinder(string name, Delegate function)
    {
        _name = name;
        _function = function;
        _parameters = function.Method.GetParameters();
    }

    public async Task<Value> InvokeAsync(HostCall call, CancellationToken cancellationToken)
    {
        var args = Bind(call, cancellationToken);
        object? returned;
        try
        {
            returned = _function.Method.Invoke(_function.Target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        return ToWire.Convert(await Unwrap(returned));
    }

    private static async Task<object?> Unwrap(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                return ResultOf(task);
            case ValueTask valueTask:
                await valueTask;
                return null;
        }
        if (returned is not null && returned.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var task = (Task)type.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
            await task;
            return ResultOf(task);
        }
        return returned;
    }

    private static object? ResultOf(Task task)
    {
        var type = task.GetType();
        // Task<VoidTaskResult> stands for a plain Task returned by an async method.
        if (!type.IsGenericType || type.GetGenericArguments()[0].Name == "VoidTaskResult") return null;
        return type.GetProperty(nameof(Task<int>.Result))!.GetValue(task);
    }

    private object?[] Bind(HostCall call, CancellationToken cancellationToken)
    {
        var values = new object?[_parameters.Length];
        var kwargs = call.Kwargs.ToDictionary(k => k.Name, k => k.Value);
        var positional = 0;
        var declared = _parameters.Count(IsScriptParameter);
        var required = _parameters.Count(p => IsScriptParameter(p) && !p.HasDefaultValue && !IsParams(p));
        for (var i = 0; i < _parameters.Length; i++)
        {
            var p = _parameters[i];
            if (p.ParameterType == typeof(CancellationToken))
            {
                values[i] = cancellationToken;
                continue;
            }
            if (p.ParameterType == typeof(HostCall))
            {
                values[i] = call;
                continue;
            }
            var pythonName = PythonNames.SnakeCase(p.Name!);
            if (IsParams(p))
            {
                var element = p.ParameterType.GetElementType()!;
                var rest = Array.CreateInstance(element, Math.Max(0, call.Args.Count - positional));
                for (var j = 0; j < rest.Length; j++) rest.SetValue(Argument(call.Args[positional + j], element, pythonName), j);
                positional += rest.Length;
                values[i] = rest;
                continue;
            }
            var keyword = kwargs.Keys.FirstOrDefault(k => PythonNames.Matches(k, p.Name!));
            if (positional < call.Args.Count)
            {
                if (keyword is not null) throw new MontyHostException("TypeError", $"{_name}() got multiple values for argument '{keyword}'");
                values[i] = Argument(call.Args[positional++], p.ParameterType, pythonName);
            }
            else if (keyword is not null)
            {
                values[i] = Argument(kwargs[keyword], p.ParameterType, pythonName);
                kwargs.Remove(keyword);
            }
            else if (p.HasDefaultValue)
            {
                values[i] = p.DefaultValue;
            }
            else
            {
                throw new MontyHostException("TypeError", $"{_name}() missing 1 required positional argument: '{pythonName}'");
            }
        }
        if (positional < call.Args.Count)
        {
            var takes = required == declared ? $"{declared}" : $"from {required} to {declared}";
            var plural = declared == 1 && required == declared ? "argument" : "arguments";
            var was = call.Args.Count == 1 ? "was" : "were";
            throw new MontyHostException("TypeError", $"{_name}() takes {takes} positional {plural} but {call.Args.Count} {was} given");
        }
        if (kwargs.Count > 0) throw new MontyHostException("TypeError", $"{_name}() got an unexpected keyword argument '{kwargs.Keys.First()}'");
        return values;
    }

    private object? Argument(Value value, Type type, string pythonName)
    {
        try
        {
            return FromWire.Convert(value, type);
        }
        catch (MontyConversionException e)
        {
            throw new MontyHostException("TypeError", $"{_name}() argument '{pythonName}': {e.Message}");
        }
    }

    private static bool IsScriptParameter(ParameterInfo p) => p.ParameterType != typeof(CancellationToken) && p.ParameterType != typeof(HostCall);

    private static bool IsParams(ParameterInfo p) => p.ParameterType.IsArray && p.IsDefined(typeof(ParamArrayAttribute));
}

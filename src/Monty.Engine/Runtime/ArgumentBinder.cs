using System.Text;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Binds call arguments to a function's parameters exactly as CPython does
/// (positional-only, keyword-only, defaults, *args, **kwargs) with CPython's error messages.</summary>
internal static class ArgumentBinder
{
    public static void Bind(PyFunction fn, PyObject?[] locals, PyObject[] args, KeywordArgs? kwargs)
    {
        var code = fn.Code;
        var argCount = code.ArgCount;
        var kwOnly = code.KwOnlyCount;
        var varArgsIndex = code.HasVarArgs ? argCount + kwOnly : -1;
        var varKwIndex = code.HasVarKeywords ? argCount + kwOnly + (code.HasVarArgs ? 1 : 0) : -1;

        var positional = Math.Min(args.Length, argCount);
        Array.Copy(args, locals, positional);
        if (args.Length > argCount)
        {
            if (varArgsIndex < 0) throw TooManyPositional(fn, args.Length, kwargs);
            locals[varArgsIndex] = new PyTuple(args[argCount..]);
        }
        else if (varArgsIndex >= 0)
        {
            locals[varArgsIndex] = PyTuple.Empty;
        }

        PyDict? extra = null;
        if (varKwIndex >= 0) locals[varKwIndex] = extra = new PyDict();

        if (kwargs is not null)
        {
            List<string>? posOnlyAsKeyword = null;
            for (var k = 0; k < kwargs.Count; k++)
            {
                var name = kwargs.Names[k];
                var index = -1;
                for (var p = code.PosOnlyCount; p < argCount + kwOnly; p++)
                {
                    if (code.VarNames[p] == name)
                    {
                        index = p;
                        break;
                    }
                }
                if (index < 0)
                {
                    if (extra is not null)
                    {
                        extra.SetStr(name, kwargs.Values[k]);
                        continue;
                    }
                    if (Array.IndexOf(code.VarNames, name, 0, code.PosOnlyCount) >= 0)
                    {
                        (posOnlyAsKeyword ??= []).Add(name);
                        continue;
                    }
                    throw PyErrors.TypeError($"{fn.QualName}() got an unexpected keyword argument '{name}'");
                }
                if (locals[index] is not null)
                    throw PyErrors.TypeError($"{fn.QualName}() got multiple values for argument '{name}'");
                locals[index] = kwargs.Values[k];
            }
            if (posOnlyAsKeyword is not null)
            {
                throw PyErrors.TypeError(
                    $"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKeyword)}'");
            }
        }

        // Defaults for missing positional parameters.
        var defaults = fn.Defaults;
        var firstDefault = argCount - defaults.Length;
        List<string>? missing = null;
        for (var p = positional; p < argCount; p++)
        {
            if (locals[p] is not null) continue;
            if (p >= firstDefault) locals[p] = defaults[p - firstDefault];
            else (missing ??= []).Add(code.VarNames[p]);
        }
        if (missing is not null) throw Missing(fn, missing, "positional");

        for (var p = argCount; p < argCount + kwOnly; p++)
        {
            if (locals[p] is not null) continue;
            var d = fn.KwDefaults?.GetStr(code.VarNames[p]);
            if (d is not null) locals[p] = d;
            else (missing ??= []).Add(code.VarNames[p]);
        }
        if (missing is not null) throw Missing(fn, missing, "keyword-only");
    }

    private static PyException TooManyPositional(PyFunction fn, int given, KeywordArgs? kwargs)
    {
        var code = fn.Code;
        var max = code.ArgCount;
        var min = max - fn.Defaults.Length;
        var takes = min == max ? $"{max} positional argument{(max == 1 ? "" : "s")}" : $"from {min} to {max} positional arguments";
        var kwGiven = 0;
        if (kwargs is not null)
        {
            for (var i = 0; i < kwargs.Count; i++)
                if (Array.IndexOf(code.VarNames, kwargs.Names[i], code.ArgCount, code.KwOnlyCount) >= 0) kwGiven++;
        }
        var givenText = kwGiven > 0
            ? $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given"
            : $"{given} {(given == 1 ? "was" : "were")} given";
        return PyErrors.TypeError($"{fn.QualName}() takes {takes} but {givenText}");
    }

    private static PyException Missing(PyFunction fn, List<string> names, string kind)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) sb.Append(i == names.Count - 1 ? (names.Count > 2 ? ", and " : " and ") : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        var plural = names.Count == 1 ? "" : "s";
        return PyErrors.TypeError($"{fn.QualName}() missing {names.Count} required {kind} argument{plural}: {sb}");
    }
}

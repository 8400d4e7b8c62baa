using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Parsing;

namespace Monty.Engine;

/// <summary>Compiled Python code: compile once, start many executions (concurrently if wanted).</summary>
public sealed class MontyProgram
{
    private MontyProgram(CodeObject code, string scriptName, IReadOnlyList<string> inputNames, IReadOnlyList<string> hostFunctions)
    {
        Code = code;
        ScriptName = scriptName;
        InputNames = inputNames;
        HostFunctions = hostFunctions;
    }

    internal CodeObject Code { get; }

    public string ScriptName { get; }

    public IReadOnlyList<string> InputNames { get; }

    public IReadOnlyList<string> HostFunctions { get; }

    /// <summary>Compiles a script. Throws <see cref="MontySyntaxException"/> for invalid source.</summary>
    public static MontyProgram Compile(string code, string scriptName = "main.py",
        IReadOnlyList<string>? inputNames = null, IReadOnlyList<string>? hostFunctions = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new MontyProgram(CompileCode(code, scriptName), scriptName, inputNames ?? [], hostFunctions ?? []);
    }

    internal static CodeObject CompileCode(string code, string scriptName)
    {
        Builtins.TypeSetup.EnsureInitialized();
        try
        {
            return Compiler.CompileModule(code, scriptName, CompileOptions.Default);
        }
        catch (SyntaxErrorException e)
        {
            throw new MontySyntaxException(Hosting.ErrorFormatter.FromSyntaxError(e, scriptName, code));
        }
        catch (InsufficientExecutionStackException)
        {
            var error = new MontyError("SyntaxError", "too many nested expressions or statements", [])
            {
                FormattedTraceback = "SyntaxError: too many nested expressions or statements\n",
            };
            throw new MontySyntaxException(error);
        }
    }

    /// <summary>Starts an execution and runs it until it completes, fails or calls the host.
    /// <paramref name="grants"/> gives it a clock or entropy (none by default).</summary>
    public MontyExecution Start(IReadOnlyDictionary<string, MontyValue>? inputs = null, ResourceLimits? limits = null, IMontyOutput? output = null,
        MontyGrants? grants = null)
    {
        var session = new MontySession(HostFunctions, limits, output, ScriptName, grants);
        return session.Run(Code, inputs, InputNames);
    }

    internal static PyObject HostFunction(string name) => new PyHostFunction(name);
}

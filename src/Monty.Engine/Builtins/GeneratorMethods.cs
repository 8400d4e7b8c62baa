using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>send, throw, close and __next__ of generators. Each returns a request that makes
/// the VM resume the generator's frame on its own frame stack.</summary>
internal static class GeneratorMethods
{
    public static void Register(PyType type)
    {
        TypeSetup.Method(type, "send", Send);
        TypeSetup.Method(type, "__next__", Next);
        TypeSetup.Method(type, "throw", Throw);
        TypeSetup.Method(type, "close", Close);
        TypeSetup.Method(type, "__iter__", (args, _) => Self(args, "__iter__"));
    }

    /// <summary>Coroutines drive like generators (send, throw, close) but are not iterators.</summary>
    public static void RegisterCoroutine(PyType type)
    {
        TypeSetup.Method(type, "send", Send);
        TypeSetup.Method(type, "throw", Throw);
        TypeSetup.Method(type, "close", Close);
    }

    private static PyGenerator Self(PyObject[] args, string name) =>
        args.Length > 0 && args[0] is PyGenerator { Kind: not GeneratorKind.AsyncGenerator } g ? g : MethodArgs.Self<PyGenerator>(args, PyTypes.Generator, name);

    private static PyObject Send(PyObject[] args, KeywordArgs? kwargs)
    {
        var gen = Self(args, "send");
        NativeArgs.NoKeywords("generator.send", kwargs);
        NativeArgs.MethodCount("send", args, 1, 1);
        return new GeneratorRequest(gen, args[1], ResumeMode.Next);
    }

    private static PyObject Next(PyObject[] args, KeywordArgs? kwargs)
    {
        var gen = Self(args, "__next__");
        NativeArgs.NoKeywords("generator.__next__", kwargs);
        NativeArgs.MethodCount("__next__", args, 0, 0);
        return new GeneratorRequest(gen, PySingleton.None, ResumeMode.Next);
    }

    private static PyObject Throw(PyObject[] args, KeywordArgs? kwargs)
    {
        var gen = Self(args, "throw");
        NativeArgs.NoKeywords("generator.throw", kwargs);
        NativeArgs.MethodCount("throw", args, 1, 3);
        PyBaseException exc;
        switch (args[1])
        {
            case PyBaseException e:
                if (args.Length > 2 && args[2] is not PySingleton { Name: "None" })
                    throw PyErrors.TypeError("instance exception may not have a separate value");
                exc = e;
                break;
            case PyType t when ExceptionTypes.IsExceptionType(t):
                exc = args.Length > 2 && args[2] is not PySingleton { Name: "None" }
                    ? args[2] as PyBaseException ?? new PyBaseException(t, PyTuple.Of(args[2]))
                    : new PyBaseException(t, PyTuple.Empty);
                break;
            default:
                throw PyErrors.TypeError("exceptions must be classes or instances deriving from BaseException, not " + args[1].Type.Name);
        }
        return new GeneratorRequest(gen, PySingleton.None, ResumeMode.Next) { Throw = exc };
    }

    private static PyObject Close(PyObject[] args, KeywordArgs? kwargs)
    {
        var gen = Self(args, "close");
        NativeArgs.NoKeywords("generator.close", kwargs);
        NativeArgs.MethodCount("close", args, 0, 0);
        return new GeneratorRequest(gen, PySingleton.None, ResumeMode.Close)
        {
            Throw = new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty),
        };
    }
}

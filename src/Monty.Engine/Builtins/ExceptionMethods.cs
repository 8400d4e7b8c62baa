using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Construction and methods of the builtin exception types.</summary>
internal static class ExceptionMethods
{
    public static void Register()
    {
        foreach (var type in ExceptionTypes.All) type.Constructor = Construct;
        TypeSetup.Method(ExceptionTypes.BaseException, "with_traceback", WithTraceback);
        TypeSetup.Method(ExceptionTypes.BaseException, "add_note", AddNote);
        TypeSetup.Method(ExceptionTypes.BaseException, "__init__", (args, _) =>
        {
            Self(args, "__init__").Args = args.Length == 1 ? PyTuple.Empty : new PyTuple(args[1..]);
            return PySingleton.None;
        });
        TypeSetup.Method(ExceptionTypes.BaseException, "__str__", (args, _) => PyStr.Of(ExceptionText.Str(Self(args, "__str__"))));
        TypeSetup.Method(ExceptionTypes.BaseException, "__repr__", (args, _) => PyStr.Of(Repr.BuiltinExceptionRepr(Self(args, "__repr__"))));
    }

    /// <summary>Keyword arguments some exception types accept; stored as attributes.</summary>
    private static string[] AllowedKeywords(PyType type)
    {
        if (type.IsSubtypeOf(ExceptionTypes.NameError)) return ["name"];
        if (type.IsSubtypeOf(ExceptionTypes.AttributeError)) return ["name", "obj"];
        if (type.IsSubtypeOf(ExceptionTypes.ImportError)) return ["name", "path"];
        return [];
    }

    private static PyObject Construct(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var exc = new PyBaseException(type, args.Length == 0 ? PyTuple.Empty : new PyTuple((PyObject[])args.Clone()));
        if (kwargs is { Count: > 0 })
        {
            var allowed = AllowedKeywords(type);
            if (allowed.Length == 0) throw PyErrors.TypeError($"{type.Name}() takes no keyword arguments");
            for (var i = 0; i < kwargs.Count; i++)
            {
                if (Array.IndexOf(allowed, kwargs.Names[i]) < 0)
                    throw PyErrors.TypeError($"'{kwargs.Names[i]}' is an invalid keyword argument for {type.Name}()");
                (exc.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[kwargs.Names[i]] = kwargs.Values[i];
            }
        }
        // Attributes CPython derives from the arguments.
        if (type.IsSubtypeOf(ExceptionTypes.StopIteration))
            (exc.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))["value"] = args.Length > 0 ? args[0] : PySingleton.None;
        else if (type.IsSubtypeOf(ExceptionTypes.SystemExit))
            (exc.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))["code"] =
                args.Length == 0 ? PySingleton.None : args.Length == 1 ? args[0] : exc.Args;
        return exc;
    }

    private static PyBaseException Self(PyObject[] args, string name) =>
        MethodArgs.Self<PyBaseException>(args, ExceptionTypes.BaseException, name);

    /// <summary>Tracebacks are not objects scripts can build, so only None (clear it) or the
    /// exception's own traceback make sense; anything else is a TypeError as in CPython.</summary>
    private static PyObject WithTraceback(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "with_traceback");
        NativeArgs.NoKeywords("BaseException.with_traceback", kwargs);
        NativeArgs.MethodCount("BaseException.with_traceback", args, 1, 1);
        var tb = args[1];
        if (ReferenceEquals(tb, PySingleton.None)) self.Traceback.Clear();
        else if (!ReferenceEquals(tb.Type, PyTypes.Traceback)) throw PyErrors.TypeError("__traceback__ must be a traceback or None");
        return self;
    }

    private static PyObject AddNote(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "add_note");
        NativeArgs.NoKeywords("BaseException.add_note", kwargs);
        NativeArgs.MethodCount("BaseException.add_note", args, 1, 1);
        if (args[1] is not PyStr note) throw PyErrors.TypeError($"note must be a str, not '{args[1].Type.Name}'");
        var dict = self.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal);
        if (!dict.TryGetValue("__notes__", out var notes))
        {
            notes = new PyList();
            dict["__notes__"] = notes;
        }
        if (notes is not PyList list) throw PyErrors.TypeError("Cannot add note: __notes__ is not a list");
        list.Items.Add(note);
        return PySingleton.None;
    }
}

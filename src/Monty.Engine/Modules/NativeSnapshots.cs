using Monty.Engine.Modules.Functools;
using Monty.Engine.Modules.Re;
using Monty.Engine.Modules.String;
using Monty.Engine.Modules.Typing;
using Monty.Engine.Objects;

namespace Monty.Engine.Modules;

/// <summary>Rebuilds engine-module objects (patterns, matches, partials, templates, typing forms,
/// records) from the plain values they snapshot as; null for an unknown kind or bad state.</summary>
internal static class NativeSnapshots
{
    public static PyObject? Rebuild(string kind, PyObject[] s)
    {
        try
        {
            return kind switch
            {
                "re.Pattern" => ReModule.CompileObject(s[0], s[1]),
                "re.Match" => ReTypes.Rebuild((PyPattern)s[0], s[1], ((PyInt)s[2]).Value, ((PyInt)s[3]).Value, (int)((PyInt)s[4]).Value, (int)((PyInt)s[5]).Value),
                "functools.partial" => PyPartial.Rebuild(s),
                "string.Template" => new PyTemplate((PyStr)s[0]),
                "typing.form" => new PyTypingForm(((PyStr)s[0]).Value, s.Length > 1 ? s[2..] : null),
                _ => null,
            };
        }
        catch (Exception e) when (e is InvalidCastException or IndexOutOfRangeException or Runtime.PyException)
        {
            return null;
        }
    }
}

using System.Text;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.String;

/// <summary>string.Template: $name, ${name} and $$ substitution with CPython's errors
/// (KeyError for a missing name, ValueError with line and column for a bad placeholder).</summary>
internal sealed class PyTemplate(PyStr template) : PyObject, INativeAttributes, ISnapshotState
{
    public string SnapshotKind => "string.Template";

    public PyObject[] SnapshotState() => [_template];

    private readonly PyStr _template = template;

    public static readonly PyType TemplateType = CreateType();

    public override PyType Type => TemplateType;

    private static PyType CreateType()
    {
        var type = new PyType("Template", PyTypes.Object, isBaseType: false) { Module = "string" };
        type.Constructor = (_, args, kwargs) =>
        {
            var v = MethodArgs.Parse("Template", args, 0, kwargs, ["template"], 1, 1);
            return new PyTemplate(v[0] as PyStr ?? throw PyErrors.TypeError($"expected string, got {v[0]!.Type.Name}"));
        };
        TypeSetup.Method(type, "substitute", (a, k) => Substitute(a, k, safe: false));
        TypeSetup.Method(type, "safe_substitute", (a, k) => Substitute(a, k, safe: true));
        return type;
    }

    public PyObject? GetAttribute(string name) => name == "template" ? _template : null;

    private static PyObject Substitute(PyObject[] args, KeywordArgs? kwargs, bool safe)
    {
        var name = safe ? "safe_substitute" : "substitute";
        var self = MethodArgs.Self<PyTemplate>(args, TemplateType, name);
        if (args.Length > 2) throw PyErrors.TypeError($"Template.{name}() takes from 1 to 2 positional arguments but {args.Length} were given");
        var mapping = args.Length == 2 ? args[1] : null;
        PyObject? Lookup(string key)
        {
            if (kwargs?.Get(key) is { } kw) return kw;
            if (mapping is null) return null;
            if (mapping is PyDict d) return d.GetStr(key);
            throw PyErrors.Unsupported("string.Template with a non-dict mapping");
        }
        var text = self._template.Value;
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '$')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '$')
            {
                sb.Append('$');
                i += 2;
                continue;
            }
            var braced = i + 1 < text.Length && text[i + 1] == '{';
            var start = braced ? i + 2 : i + 1;
            var end = start;
            if (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '_'))
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
            var valid = end > start && (!braced || (end < text.Length && text[end] == '}'));
            if (!valid)
            {
                if (safe)
                {
                    sb.Append('$');
                    i++;
                    continue;
                }
                throw InvalidPlaceholder(text, i);
            }
            var key = text[start..end];
            var value = Lookup(key);
            var after = braced ? end + 1 : end;
            if (value is null)
            {
                if (!safe) throw PyErrors.KeyError(PyStr.Of(key));
                sb.Append(text, i, after - i);
            }
            else sb.Append(Repr.Str(value));
            i = after;
        }
        return PyStr.Of(sb.ToString());
    }


    private static PyException InvalidPlaceholder(string text, int at)
    {
        var line = 1;
        var lineStart = 0;
        for (var j = 0; j < at; j++)
        {
            if (text[j] != '\n') continue;
            line++;
            lineStart = j + 1;
        }
        return PyErrors.ValueError($"Invalid placeholder in string: line {line}, col {at - lineStart + 1}");
    }
}

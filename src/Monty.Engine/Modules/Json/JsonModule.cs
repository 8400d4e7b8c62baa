using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Json;

/// <summary>The json module: dumps and loads on native code. Options that call Python
/// (default=, the object and number hooks) hand over to prelude helpers (Prelude/json.py)
/// through a TailCall, so those calls run as ordinary frames that can suspend.</summary>
internal static class JsonModule
{
    private static readonly string[] DumpsNames =
        ["obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

    private static readonly string[] LoadsNames =
        ["s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"];

    public static PyModule Create()
    {
        var m = new PyModule("json");
        m.Dict["__name__"] = PyStr.Of("json");
        m.Dict["dumps"] = new PyBuiltinFunction("dumps", Dumps);
        m.Dict["loads"] = new PyBuiltinFunction("loads", Loads);
        m.Dict["JSONDecodeError"] = JsonErrors.DecodeErrorType;
        return m;
    }

    private static PyObject?[] ParseKeywordOnly(string fname, PyObject[] args, KeywordArgs? kwargs, string[] names, string classForExtras)
    {
        if (args.Length != 1)
            throw PyErrors.TypeError(args.Length == 0
                ? $"{fname}() missing 1 required positional argument: '{names[0]}'"
                : $"{fname}() takes 1 positional argument but {args.Length} were given");
        var values = new PyObject?[names.Length];
        values[0] = args[0];
        if (kwargs is null) return values;
        for (var k = 0; k < kwargs.Count; k++)
        {
            var index = Array.IndexOf(names, kwargs.Names[k]);
            if (index == 0) throw PyErrors.TypeError($"{fname}() got multiple values for argument '{names[0]}'");
            if (index < 0) throw PyErrors.TypeError($"{classForExtras}.__init__() got an unexpected keyword argument '{kwargs.Names[k]}'");
            values[index] = kwargs.Values[k];
        }
        return values;
    }

    private static bool Flag(PyObject? o, bool defaultValue) => o is null ? defaultValue : Ops.Truthy(o);

    private static bool IsNone(PyObject? o) => o is null || ReferenceEquals(o, PySingleton.None);

    private static PyObject Dumps(PyObject[] args, KeywordArgs? kwargs)
    {
        var v = ParseKeywordOnly("dumps", args, kwargs, DumpsNames, "JSONEncoder");
        if (!IsNone(v[5])) throw PyErrors.Unsupported("json.dumps(cls=...)");
        var indent = v[6] switch
        {
            null or PySingleton => null,
            PyStr s => s.Value,
            PyInt i => new string(' ', (int)Math.Clamp(i.Value, 0, 1 << 20)),
            var o => throw PyErrors.TypeError($"can't multiply sequence by non-int of type '{o.Type.Name}'"),
        };
        string itemSep = indent is null ? ", " : ",", keySep = ": ";
        if (!IsNone(v[7]))
        {
            var seps = Iteration.ToList(v[7]!);
            if (seps.Count != 2) throw PyErrors.ValueError($"{(seps.Count < 2 ? "not enough" : "too many")} values to unpack (expected 2{(seps.Count < 2 ? $", got {seps.Count}" : "")})");
            itemSep = NativeArgs.ExpectStr(seps[0], "item_separator");
            keySep = NativeArgs.ExpectStr(seps[1], "key_separator");
        }
        var options = new JsonEncodeOptions(Flag(v[1], false), Flag(v[2], true), Flag(v[3], true), Flag(v[4], true),
            indent, itemSep, keySep, Flag(v[9], false));
        if (!IsNone(v[8]))
        {
            var helper = PreludeHelper("__json_dumps_default");
            return new TailCall(helper, [v[0]!, v[8]!, PyBool.Of(options.CheckCircular), EncodeArgs(options)]);
        }
        return PyStr.Of(new JsonEncoder(options).Encode(v[0]!));
    }

    /// <summary>The options as a tuple of plain values, for the prelude to hand back to
    /// <see cref="EncodeNative"/> (plain values keep a suspended script snapshot-able).</summary>
    private static PyTuple EncodeArgs(JsonEncodeOptions o) => PyTuple.Of(
        PyBool.Of(o.SkipKeys), PyBool.Of(o.EnsureAscii), PyBool.Of(o.CheckCircular), PyBool.Of(o.AllowNan),
        o.Indent is null ? PySingleton.None : PyStr.Of(o.Indent), PyStr.Of(o.ItemSeparator), PyStr.Of(o.KeySeparator),
        PyBool.Of(o.SortKeys));

    /// <summary>Prelude native __json_encode(obj, options): the encoder after default= has been applied.</summary>
    public static PyObject EncodeNative(PyObject[] args, KeywordArgs? kwargs)
    {
        var o = ((PyTuple)args[1]).Items;
        var options = new JsonEncodeOptions(Ops.Truthy(o[0]), Ops.Truthy(o[1]), Ops.Truthy(o[2]), Ops.Truthy(o[3]),
            o[4] is PyStr indent ? indent.Value : null, ((PyStr)o[5]).Value, ((PyStr)o[6]).Value, Ops.Truthy(o[7]));
        return PyStr.Of(new JsonEncoder(options).Encode(args[0]));
    }

    private static PyObject Loads(PyObject[] args, KeywordArgs? kwargs)
    {
        var v = ParseKeywordOnly("loads", args, kwargs, LoadsNames, "JSONDecoder");
        if (!IsNone(v[1])) throw PyErrors.Unsupported("json.loads(cls=...)");
        var text = v[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => Codecs.Decode(b, b.Value.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? Codecs.Codec.Utf8Sig : Codecs.Codec.Utf8, "strict"),
            var o => throw PyErrors.TypeError($"the JSON object must be str, bytes or bytearray, not {o!.Type.Name}"),
        };
        var strict = Flag(v[7], true);
        var tagObjects = !IsNone(v[2]) || !IsNone(v[6]);
        var tagNumbers = !IsNone(v[3]) || !IsNone(v[4]) || !IsNone(v[5]);
        var value = new JsonDecoder(text, strict, tagObjects, tagNumbers).Decode();
        if (!tagObjects && !tagNumbers) return value;
        var helper = PreludeHelper("__json_apply_hooks");
        PyObject Arg(int i) => v[i] ?? PySingleton.None;
        return new TailCall(helper, [value, Arg(2), Arg(6), Arg(3), Arg(4), Arg(5)]);
    }

    private static PyObject PreludeHelper(string name) =>
        VirtualMachine.CurrentOrNull?.Prelude.Get(name) ?? throw PyErrors.Unsupported($"json outside an execution ({name})");
}

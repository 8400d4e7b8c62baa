using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>hashlib: md5, sha1, sha256, sha384 and sha512 over .NET's implementations.</summary>
internal static class HashlibModule
{
    public static readonly PyType HashType = new("_hashlib.HASH", PyTypes.Object, isBaseType: false);

    public static PyType[] Types => [HashType];

    static HashlibModule()
    {
        TypeSetup.Method(HashType, "update", (a, k) =>
        {
            NativeArgs.NoKeywords("update", k);
            NativeArgs.MethodCount("update", a, 1, 1);
            Self(a, "update").Update(Data(a[1]));
            return PySingleton.None;
        });
        TypeSetup.Method(HashType, "digest", (a, k) => new PyBytes(Self(a, "digest").Digest()));
        TypeSetup.Method(HashType, "hexdigest", (a, k) => PyStr.Of(Convert.ToHexStringLower(Self(a, "hexdigest").Digest())));
        TypeSetup.Method(HashType, "copy", (a, k) => Self(a, "copy").Copy());
    }

    private static PyHash Self(PyObject[] a, string name) =>
        a.Length > 0 && a[0] is PyHash h ? h : throw PyErrors.TypeError($"descriptor '{name}' requires a '_hashlib.HASH' object");

    private static byte[] Data(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyStr => throw PyErrors.TypeError("Strings must be encoded before hashing"),
        _ => throw PyErrors.TypeError("object supporting the buffer API required"),
    };

    public static PyModule Create()
    {
        var module = new PyModule("hashlib");
        foreach (var name in PyHash.Algorithms)
        {
            var algorithm = name;
            module.Dict[name] = new PyBuiltinFunction(name, (a, k) =>
            {
                var v = MethodArgs.Parse(algorithm, a, 0, k, ["string", "usedforsecurity"], 1, 0);
                return Make(algorithm, v[0]);
            });
        }
        module.Dict["new"] = new PyBuiltinFunction("new", (a, k) =>
        {
            var v = MethodArgs.Parse("new", a, 0, k, ["name", "data", "usedforsecurity"], 2, 1);
            if (v[0] is not PyStr s) throw PyErrors.TypeError($"new() argument 'name' must be str, not {v[0]!.Type.Name}");
            var name = s.Value.ToLowerInvariant().Replace("-", "");
            if (Array.IndexOf(PyHash.Algorithms, name) < 0) throw PyErrors.ValueError($"unsupported hash type {s.Value}");
            return Make(name, v[1]);
        });
        var names = new PySet(true);
        foreach (var name in PyHash.Algorithms) names.Add(PyStr.Of(name));
        module.Dict["algorithms_guaranteed"] = names;
        module.Dict["algorithms_available"] = names;
        return module;
    }

    private static PyHash Make(string name, PyObject? data)
    {
        var hash = new PyHash(name, []);
        if (data is not null) hash.Update(Data(data));
        return hash;
    }
}

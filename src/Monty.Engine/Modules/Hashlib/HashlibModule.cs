using Monty.Engine.Builtins;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>hashlib: the MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 families. The types carry
/// CPython's C names (_hashlib.HASH, _blake2.blake2b) since reprs and errors show them.</summary>
internal static class HashlibModule
{
    public static readonly PyType HashType = new("_hashlib.HASH", PyTypes.Object, isBaseType: false);
    public static readonly PyType XofType = new("_hashlib.HASHXOF", HashType, isBaseType: false);
    // Subclassing is refused (CPython allows it) until instances can carry a subclass type.
    public static readonly PyType Blake2bType = new("_blake2.blake2b", PyTypes.Object, isBaseType: false);
    public static readonly PyType Blake2sType = new("_blake2.blake2s", PyTypes.Object, isBaseType: false);

    public static PyType[] Types => [HashType, XofType, Blake2bType, Blake2sType];

    static HashlibModule()
    {
        RegisterCommon(HashType, "HASH");
        RegisterCommon(Blake2bType, "blake2b");
        RegisterCommon(Blake2sType, "blake2s");
        RegisterFixedDigests(HashType, "HASH");
        RegisterFixedDigests(Blake2bType, "blake2b");
        RegisterFixedDigests(Blake2sType, "blake2s");
        RegisterXofDigests();
        foreach (var (type, wide) in new[] { (Blake2bType, true), (Blake2sType, false) })
        {
            var name = wide ? "blake2b" : "blake2s";
            type.Constructor = (_, args, kw) =>
            {
                var (data, parameters) = Blake2Arguments.Parse(name, args, kw);
                return Make(name, data, parameters);
            };
            type.Dict["SALT_SIZE"] = PyInt.Get(wide ? 16 : 8);
            type.Dict["PERSON_SIZE"] = PyInt.Get(wide ? 16 : 8);
            type.Dict["MAX_KEY_SIZE"] = PyInt.Get(wide ? 64 : 32);
            type.Dict["MAX_DIGEST_SIZE"] = PyInt.Get(wide ? 64 : 32);
        }
    }

    private static void RegisterCommon(PyType type, string shortName)
    {
        TypeSetup.Method(type, "update", (a, k) =>
        {
            if (k is { Count: > 0 }) throw PyErrors.TypeError($"{shortName}.update() takes no keyword arguments");
            if (a.Length != 2) throw PyErrors.TypeError($"{shortName}.update() takes exactly one argument ({a.Length - 1} given)");
            Self(a, "update", type).Update(Data(a[1]));
            return PySingleton.None;
        });
        TypeSetup.Method(type, "copy", (a, k) =>
        {
            NoArguments(shortName, "copy", a, k);
            return Self(a, "copy", type).Copy();
        });
    }

    private static void RegisterFixedDigests(PyType type, string shortName)
    {
        TypeSetup.Method(type, "digest", (a, k) =>
        {
            NoArguments(shortName, "digest", a, k);
            return new PyBytes(Self(a, "digest", type).Digest());
        });
        TypeSetup.Method(type, "hexdigest", (a, k) =>
        {
            NoArguments(shortName, "hexdigest", a, k);
            return PyStr.Of(Convert.ToHexStringLower(Self(a, "hexdigest", type).Digest()));
        });
    }

    /// <summary>SHAKE's digest(length) and hexdigest(length), which shadow HASH's.</summary>
    private static void RegisterXofDigests()
    {
        TypeSetup.Method(XofType, "digest", (a, k) => new PyBytes(XofDigest(a, k, "digest", 1)));
        TypeSetup.Method(XofType, "hexdigest", (a, k) => PyStr.Of(Convert.ToHexStringLower(XofDigest(a, k, "hexdigest", 2))));
    }

    private static byte[] XofDigest(PyObject[] a, KeywordArgs? k, string method, int charPerByte)
    {
        if (a.Length > 2) throw PyErrors.TypeError($"{method}() takes at most 1 argument ({a.Length - 1} given)");
        var hash = Self(a, method, XofType);
        var length = MethodArgs.SsizeT(MethodArgs.Parse(method, a, 1, k, ["length"], 1, 1)[0]!);
        if (length < 0) throw PyErrors.New(ExceptionTypes.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        Budget.ChargeString(length * charPerByte);
        return hash.Digest((int)length);
    }

    private static void NoArguments(string shortName, string method, PyObject[] a, KeywordArgs? k)
    {
        if (k is { Count: > 0 }) throw PyErrors.TypeError($"{shortName}.{method}() takes no keyword arguments");
        if (a.Length > 1) throw PyErrors.TypeError($"{shortName}.{method}() takes no arguments ({a.Length - 1} given)");
    }

    private static PyHash Self(PyObject[] a, string name, PyType type) =>
        a.Length > 0 && a[0] is PyHash h && h.Type.IsSubtypeOf(type)
            ? h
            : throw PyErrors.TypeError($"descriptor '{name}' requires a '{type.Name}' object");

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
            if (PyHash.IsBlake2(name)) continue;
            var algorithm = name;
            var functionName = "openssl_" + name;
            module.Dict[name] = new PyBuiltinFunction(functionName, (a, k) =>
            {
                var v = MethodArgs.Parse(functionName, a, 0, k, ["string", "usedforsecurity"], 1, 0);
                return Make(algorithm, v[0], null);
            });
        }
        module.Dict["blake2b"] = Blake2bType;
        module.Dict["blake2s"] = Blake2sType;
        module.Dict["new"] = new PyBuiltinFunction("new", New);
        module.Dict["algorithms_guaranteed"] = AlgorithmSet();
        module.Dict["algorithms_available"] = AlgorithmSet();
        return module;
    }

    private static PySet AlgorithmSet()
    {
        var names = new PySet(false);
        foreach (var name in PyHash.Algorithms) names.Add(PyStr.Of(name));
        return names;
    }

    /// <summary>hashlib.new(name, data=b'', **kwargs): BLAKE2 takes its keywords; the others take
    /// only usedforsecurity, as OpenSSL's constructor does.</summary>
    private static PyObject New(PyObject[] a, KeywordArgs? k)
    {
        if (a.Length > 2) throw PyErrors.TypeError($"__hash_new() takes from 1 to 2 positional arguments but {a.Length} were given");
        var nameArg = a.Length > 0 ? a[0] : k?.Get("name");
        if (a.Length > 0 && k?.Get("name") is not null) throw PyErrors.TypeError("__hash_new() got multiple values for argument 'name'");
        if (nameArg is null) throw PyErrors.TypeError("__hash_new() missing 1 required positional argument: 'name'");
        var data = a.Length > 1 ? a[1] : k?.Get("data");
        if (a.Length > 1 && k?.Get("data") is not null) throw PyErrors.TypeError("__hash_new() got multiple values for argument 'data'");
        var rest = Without(k, "name", "data");
        if (nameArg is not PyStr requested) throw PyErrors.TypeError("name must be a string");
        var name = Resolve(requested.Value) ?? throw PyErrors.ValueError($"unsupported hash type {requested.Value}");
        if (PyHash.IsBlake2(name))
        {
            var (_, parameters) = Blake2Arguments.Parse(name, [], rest);
            return Make(name, data, parameters);
        }
        if (rest is not null)
            foreach (var keyword in rest.Names)
            {
                if (keyword == "string") throw PyErrors.TypeError("argument for new() given by name ('string') and position (2)");
                if (keyword != "usedforsecurity") throw PyErrors.TypeError($"'{keyword}' is an invalid keyword argument for new()");
            }
        return Make(name, data, null);
    }

    private static KeywordArgs? Without(KeywordArgs? k, params string[] names)
    {
        if (k is null) return null;
        var keep = Enumerable.Range(0, k.Count).Where(i => Array.IndexOf(names, k.Names[i]) < 0).ToArray();
        return keep.Length == 0 ? null : new KeywordArgs(keep.Select(i => k.Names[i]).ToArray(), keep.Select(i => k.Values[i]).ToArray());
    }

    /// <summary>hashlib's own names match exactly; OpenSSL's aliases ("SHA-256", "sha3-256",
    /// "blake2b512") match case-insensitively, as CPython's lookup through OpenSSL does.</summary>
    private static string? Resolve(string requested)
    {
        if (Array.IndexOf(PyHash.Algorithms, requested) >= 0) return requested;
        return requested.ToLowerInvariant() switch
        {
            "md5" => "md5",
            "sha1" or "sha-1" => "sha1",
            "sha224" or "sha-224" or "sha2-224" => "sha224",
            "sha256" or "sha-256" or "sha2-256" => "sha256",
            "sha384" or "sha-384" or "sha2-384" => "sha384",
            "sha512" or "sha-512" or "sha2-512" => "sha512",
            "sha3-224" => "sha3_224",
            "sha3-256" => "sha3_256",
            "sha3-384" => "sha3_384",
            "sha3-512" => "sha3_512",
            "shake128" or "shake-128" => "shake_128",
            "shake256" or "shake-256" => "shake_256",
            "blake2b512" => "blake2b",
            "blake2s256" => "blake2s",
            _ => null,
        };
    }

    private static PyHash Make(string name, PyObject? data, Blake2Parameters? parameters)
    {
        var hash = new PyHash(name, [], parameters);
        if (data is not null) hash.Update(Data(data));
        return hash;
    }
}

using System.Numerics;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>Parses blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
/// node_offset, node_depth, inner_size, last_node, usedforsecurity) with CPython's checks and wording.</summary>
internal static class Blake2Arguments
{
    private static readonly string[] Names =
    [
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity",
    ];

    public static (PyObject? Data, Blake2Parameters Parameters) Parse(string name, PyObject[] args, KeywordArgs? kw)
    {
        var wide = name == "blake2b";
        // data is positional-only: by keyword it is as unknown as any other name.
        if (kw?.Get("data") is not null) throw PyErrors.TypeError($"'data' is an invalid keyword argument for {name}()");
        var v = MethodArgs.Parse(name, args, 0, kw, Names, 1, 0);
        var maxDigest = wide ? 64 : 32;
        var maxSalt = wide ? 16 : 8;
        var digestSize = v[1] is null ? maxDigest : MethodArgs.CInt(v[1]!);
        if (digestSize < 1 || digestSize > maxDigest)
            throw PyErrors.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
        var key = Bytes(v[2]);
        if (key.Length > maxDigest) throw PyErrors.ValueError($"maximum key length is {maxDigest} bytes");
        var salt = Bytes(v[3]);
        if (salt.Length > maxSalt) throw PyErrors.ValueError($"maximum salt length is {maxSalt} bytes");
        var person = Bytes(v[4]);
        if (person.Length > maxSalt) throw PyErrors.ValueError($"maximum person length is {maxSalt} bytes");
        var fanout = v[5] is null ? 1 : MethodArgs.CInt(v[5]!);
        if (fanout is < 0 or > 255) throw PyErrors.ValueError("fanout must be between 0 and 255");
        var depth = v[6] is null ? 1 : MethodArgs.CInt(v[6]!);
        if (depth is < 1 or > 255) throw PyErrors.ValueError("depth must be between 1 and 255");
        var leafSize = v[7] is null ? 0UL : Unsigned(v[7]!, "Python int too large to convert to C unsigned long");
        if (leafSize > uint.MaxValue) throw PyErrors.OverflowError("leaf_size is too large");
        var nodeOffset = v[8] is null ? 0UL : Unsigned(v[8]!, "int too big to convert");
        if (!wide && nodeOffset >= 1UL << 48) throw PyErrors.OverflowError("node_offset is too large");
        var nodeDepth = v[9] is null ? 0 : MethodArgs.CInt(v[9]!);
        if (nodeDepth is < 0 or > 255) throw PyErrors.ValueError("node_depth must be between 0 and 255");
        var innerSize = v[10] is null ? 0 : MethodArgs.CInt(v[10]!);
        if (innerSize < 0 || innerSize > maxDigest) throw PyErrors.ValueError($"inner_size must be between 0 and is {maxDigest}");
        var lastNode = v[11] is not null && Ops.Truthy(v[11]!);
        return (v[0], new Blake2Parameters(digestSize, key, salt, person, fanout, depth, (uint)leafSize, nodeOffset, nodeDepth, innerSize, lastNode));
    }

    private static byte[] Bytes(PyObject? o) => o is null ? [] : ModuleTypes.Bytes(o);

    /// <summary>An unsigned 64-bit C integer, as the blake2 module converts leaf_size and node_offset
    /// (each through a different converter, hence the two overflow wordings).</summary>
    private static ulong Unsigned(PyObject o, string overflow)
    {
        BigInteger value = o switch
        {
            PyInt i => i.Value,
            PyBigInt b => b.Value,
            _ => throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"),
        };
        if (value.Sign < 0) throw PyErrors.ValueError("value must be positive");
        if (value > ulong.MaxValue) throw PyErrors.OverflowError(overflow);
        return (ulong)value;
    }
}

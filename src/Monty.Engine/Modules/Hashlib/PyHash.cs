using System.Security.Cryptography;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>A hashlib hash object. It keeps the bytes fed so far (charged to the memory budget) and
/// hashes them on demand: copy() mid-stream and snapshots are then plain data. BLAKE2 objects also
/// carry their parameter block.</summary>
internal sealed class PyHash : PyNativeValue
{
    private byte[] _data;
    private int _length;

    public PyHash(string name, byte[] data, Blake2Parameters? blake2 = null)
    {
        Name = name;
        _data = data;
        _length = data.Length;
        Blake2 = blake2 ?? (IsBlake2(name) ? Blake2Parameters.Default(name == "blake2b") : null);
    }

    public string Name { get; }

    /// <summary>Set for blake2b and blake2s only.</summary>
    public Blake2Parameters? Blake2 { get; }

    public ReadOnlySpan<byte> Data => _data.AsSpan(0, _length);

    public override PyType Type => Name switch
    {
        "blake2b" => HashlibModule.Blake2bType,
        "blake2s" => HashlibModule.Blake2sType,
        "shake_128" or "shake_256" => HashlibModule.XofType,
        _ => HashlibModule.HashType,
    };

    /// <summary>Every algorithm offered, by its hashlib name.</summary>
    public static readonly string[] Algorithms =
    [
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s",
    ];

    public static bool IsBlake2(string name) => name is "blake2b" or "blake2s";

    public static bool IsXof(string name) => name is "shake_128" or "shake_256";

    public int DigestSize => Blake2?.DigestSize ?? Name switch
    {
        "md5" => 16,
        "sha1" => 20,
        "sha224" or "sha3_224" => 28,
        "sha256" or "sha3_256" => 32,
        "sha384" or "sha3_384" => 48,
        "sha512" or "sha3_512" => 64,
        _ => 0,
    };

    public int BlockSize => Name switch
    {
        "sha384" or "sha512" or "blake2b" => 128,
        "sha3_224" => 144,
        "sha3_256" or "shake_256" => 136,
        "sha3_384" => 104,
        "sha3_512" => 72,
        "shake_128" => 168,
        _ => 64,
    };

    public void Update(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _data.Length)
        {
            var capacity = Math.Max(_length + bytes.Length, _data.Length * 2);
            Budget.ChargeString(capacity / 2);
            Array.Resize(ref _data, capacity);
        }
        bytes.CopyTo(_data.AsSpan(_length));
        _length += bytes.Length;
    }

    public byte[] Digest() => Name switch
    {
        "md5" => MD5.HashData(Data),
        "sha1" => SHA1.HashData(Data),
        "sha224" => Sha224.Hash(Data),
        "sha256" => SHA256.HashData(Data),
        "sha384" => SHA384.HashData(Data),
        "sha512" => SHA512.HashData(Data),
        "sha3_224" or "sha3_256" or "sha3_384" or "sha3_512" => Keccak.Sha3(Data, DigestSize),
        "blake2b" => Blake2b.Hash(Data, Blake2!),
        "blake2s" => Blake2s.Hash(Data, Blake2!),
        _ => throw new InvalidOperationException($"{Name} needs an output length"),
    };

    /// <summary>SHAKE output of the requested length (already charged by the caller).</summary>
    public byte[] Digest(int length) => Keccak.Shake(Data, Name == "shake_128" ? 16 : 32, length);

    public PyHash Copy() => new(Name, Data.ToArray(), Blake2);

    public override string ReprText() => Blake2 is null
        ? $"<{Name} {Type.Name} object @ {Repr.Address(this)}>"
        : $"<{Type.Name} object at {Repr.Address(this)}>";

    public override PyObject? Attribute(string name) => name switch
    {
        "name" => PyStr.Of(Name),
        "digest_size" => PyInt.Get(DigestSize),
        "block_size" => PyInt.Get(BlockSize),
        _ => null,
    };
}

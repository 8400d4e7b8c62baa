using System.Security.Cryptography;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>A hashlib hash object. It keeps the bytes fed so far (charged to the memory budget) and
/// hashes them on demand: copy() and snapshots are then plain data.</summary>
internal sealed class PyHash(string name, byte[] data) : PyNativeValue
{
    private byte[] _data = data;
    private int _length = data.Length;

    public string Name { get; } = name;

    public ReadOnlySpan<byte> Data => _data.AsSpan(0, _length);

    public override PyType Type => HashlibModule.HashType;

    public static readonly string[] Algorithms = ["md5", "sha1", "sha256", "sha384", "sha512"];

    public static int DigestSize(string name) => name switch
    {
        "md5" => 16,
        "sha1" => 20,
        "sha256" => 32,
        "sha384" => 48,
        _ => 64,
    };

    public static int BlockSize(string name) => name is "sha384" or "sha512" ? 128 : 64;

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
        "sha256" => SHA256.HashData(Data),
        "sha384" => SHA384.HashData(Data),
        _ => SHA512.HashData(Data),
    };

    public PyHash Copy() => new(Name, Data.ToArray());

    public override string ReprText() => $"<{Name} _hashlib.HASH object @ {Repr.Address(this)}>";

    public override PyObject? Attribute(string name) => name switch
    {
        "name" => PyStr.Of(Name),
        "digest_size" => PyInt.Get(DigestSize(Name)),
        "block_size" => PyInt.Get(BlockSize(Name)),
        _ => null,
    };
}

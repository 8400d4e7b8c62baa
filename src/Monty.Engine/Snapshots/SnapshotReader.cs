using System.Buffers.Binary;

namespace Monty.Engine.Snapshots;

/// <summary>Reads primitive values with strict bounds checks: every read that would pass the end,
/// every malformed varint and every count larger than the bytes left raises
/// <see cref="MontySnapshotException"/> naming the offset and what was being read.</summary>
internal sealed class SnapshotReader(byte[] data)
{
    private readonly byte[] _data = data;
    private int _position;

    public int Position => _position;

    public int Remaining => _data.Length - _position;

    public MontySnapshotException Error(string message) => new($"Invalid snapshot at byte {_position}: {message}");

    public ReadOnlySpan<byte> Raw(int count, string what)
    {
        if (count < 0 || count > Remaining) throw Error($"truncated while reading {what}");
        var span = _data.AsSpan(_position, count);
        _position += count;
        return span;
    }

    public byte Byte(string what) => Raw(1, what)[0];

    public bool Bool(string what) => Byte(what) switch
    {
        0 => false,
        1 => true,
        var b => throw Error($"{what} is {b}, expected 0 or 1"),
    };

    public ushort UInt16(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Raw(2, what));

    public ulong UInt64(string what) => BinaryPrimitives.ReadUInt64LittleEndian(Raw(8, what));

    public double Double(string what) => BitConverter.Int64BitsToDouble((long)UInt64(what));

    public ulong VarUInt(string what)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte(what);
            if (shift == 63 && b > 1) throw Error($"{what} overflows 64 bits");
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
        throw Error($"{what} overflows 64 bits");
    }

    public long VarInt(string what)
    {
        var raw = VarUInt(what);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    /// <summary>A non-negative int no larger than max.</summary>
    public int Int(string what, int max = int.MaxValue)
    {
        var value = VarUInt(what);
        if (value > (ulong)max) throw Error($"{what} is {value}, more than the maximum {max}");
        return (int)value;
    }

    /// <summary>A signed int within [min, max].</summary>
    public int SignedInt(string what, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = VarInt(what);
        if (value < min || value > max) throw Error($"{what} is {value}, outside [{min}, {max}]");
        return (int)value;
    }

    /// <summary>An element count: each element takes at least minBytesEach bytes, so a count the
    /// remaining input cannot hold is rejected before anything is allocated for it.</summary>
    public int Count(string what, int minBytesEach = 1) => CheckCount(VarUInt(what), what, minBytesEach);

    public int CheckCount(ulong count, string what, int minBytesEach)
    {
        if (count > (ulong)(Remaining / Math.Max(1, minBytesEach)))
            throw Error($"{what} {count} exceeds what the remaining {Remaining} bytes can hold");
        return (int)count;
    }

    public string String(string what)
    {
        var header = VarUInt(what);
        var wide = (header & 1) != 0;
        var length = header >> 1;
        if (length > (ulong)(wide ? Remaining / 2 : Remaining)) throw Error($"truncated while reading {what}");
        var bytes = Raw((int)length * (wide ? 2 : 1), what);
        if (length == 0) return string.Empty;
        return wide
            ? string.Create((int)length, bytes.ToArray(), static (chars, b) =>
            {
                for (var i = 0; i < chars.Length; i++) chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(i * 2));
            })
            : string.Create((int)length, bytes.ToArray(), static (chars, b) =>
            {
                for (var i = 0; i < chars.Length; i++) chars[i] = (char)b[i];
            });
    }

    public string? OptionalString(string what) => Bool(what + " presence") ? String(what) : null;

    public byte[] ByteArray(string what)
    {
        var count = Count(what);
        return Raw(count, what).ToArray();
    }

    public long? OptionalInt64(string what) => Bool(what + " presence") ? VarInt(what) : null;

    public void ExpectEnd()
    {
        if (Remaining != 0) throw Error($"{Remaining} unexpected bytes after the end of the snapshot");
    }
}

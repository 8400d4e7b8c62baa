using System.Buffers.Binary;

namespace Monty.Engine.Snapshots;

/// <summary>Appends primitive values to a snapshot: LEB128 varints for counts and ids (most are
/// small), zigzag varints for signed values, raw little-endian for floats.</summary>
internal sealed class SnapshotWriter
{
    private readonly MemoryStream _stream = new();

    public long Length => _stream.Length;

    public byte[] ToArray() => _stream.ToArray();

    public void Raw(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    public void Byte(byte value) => _stream.WriteByte(value);

    public void Bool(bool value) => _stream.WriteByte(value ? (byte)1 : (byte)0);

    public void UInt16(ushort value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(buffer, value);
        _stream.Write(buffer);
    }

    public void UInt64(ulong value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, value);
        _stream.Write(buffer);
    }

    public void Double(double value) => UInt64((ulong)BitConverter.DoubleToInt64Bits(value));

    public void VarUInt(ulong value)
    {
        while (value >= 0x80)
        {
            _stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        _stream.WriteByte((byte)value);
    }

    public void VarInt(long value) => VarUInt((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>A string as UTF-16 code units (lone surrogates survive): one byte per unit when
    /// every unit is below 256, two otherwise. The header is length*2 + wide flag.</summary>
    public void String(string value)
    {
        var wide = false;
        foreach (var c in value)
        {
            if (c > 0xFF)
            {
                wide = true;
                break;
            }
        }
        VarUInt(((ulong)value.Length << 1) | (wide ? 1UL : 0UL));
        if (wide)
        {
            Span<byte> pair = stackalloc byte[2];
            foreach (var c in value)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(pair, c);
                _stream.Write(pair);
            }
        }
        else
        {
            foreach (var c in value) _stream.WriteByte((byte)c);
        }
    }

    public void ByteArray(ReadOnlySpan<byte> bytes)
    {
        VarUInt((ulong)bytes.Length);
        _stream.Write(bytes);
    }

    public void OptionalInt64(long? value)
    {
        Bool(value.HasValue);
        if (value is { } v) VarInt(v);
    }
}

namespace Monty.Engine.Modules.Hashlib;

/// <summary>The BLAKE2 parameter block fields hashlib accepts (RFC 7693 §2.5; tree fields from the
/// BLAKE2 paper), already validated. Key, salt and person are kept unpadded.</summary>
internal sealed record Blake2Parameters(
    int DigestSize,
    byte[] Key,
    byte[] Salt,
    byte[] Person,
    int Fanout = 1,
    int Depth = 1,
    uint LeafSize = 0,
    ulong NodeOffset = 0,
    int NodeDepth = 0,
    int InnerSize = 0,
    bool LastNode = false)
{
    public static Blake2Parameters Default(bool wide) => new(wide ? 64 : 32, [], [], []);

    /// <summary>The parameter block as bytes; BLAKE2s packs the same fields into 32 bytes with a
    /// 6-byte node offset and half-size salt and person.</summary>
    public byte[] Block(bool wide)
    {
        var block = new byte[wide ? 64 : 32];
        block[0] = (byte)DigestSize;
        block[1] = (byte)Key.Length;
        block[2] = (byte)Fanout;
        block[3] = (byte)Depth;
        for (var i = 0; i < 4; i++) block[4 + i] = (byte)(LeafSize >> (8 * i));
        var offsetBytes = wide ? 8 : 6;
        for (var i = 0; i < offsetBytes; i++) block[8 + i] = (byte)(NodeOffset >> (8 * i));
        block[8 + offsetBytes] = (byte)NodeDepth;
        block[9 + offsetBytes] = (byte)InnerSize;
        Salt.CopyTo(block, wide ? 32 : 16);
        Person.CopyTo(block, wide ? 48 : 24);
        return block;
    }
}

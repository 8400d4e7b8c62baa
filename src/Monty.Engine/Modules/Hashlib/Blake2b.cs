using System.Buffers.Binary;
using System.Numerics;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds.</summary>
internal static class Blake2b
{
    private const int BlockBytes = 128;
    private const int Rounds = 12;

    /// <summary>The SHA-512 initial value (RFC 7693 §2.6).</summary>
    private static readonly ulong[] Iv =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    public static byte[] Hash(ReadOnlySpan<byte> message, Blake2Parameters p)
    {
        var h = new ulong[8];
        var parameterBlock = p.Block(wide: true);
        for (var i = 0; i < 8; i++) h[i] = Iv[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(parameterBlock.AsSpan(i * 8));
        var m = new ulong[16];
        var v = new ulong[16];
        // A key is hashed as a whole first block of its own (§3.3), ahead of the message.
        var keyBlock = p.Key.Length == 0 ? Array.Empty<byte>() : Blake2Common.KeyBlock(p.Key, BlockBytes);
        var total = keyBlock.Length + message.Length;
        var blocks = Math.Max(1, (total + BlockBytes - 1) / BlockBytes);
        var block = new byte[BlockBytes];
        for (var b = 0; b < blocks; b++)
        {
            if ((b & 1023) == 1023) Limits.Budget.CheckTime();
            var start = b * BlockBytes;
            var length = Math.Min(BlockBytes, total - start);
            Array.Clear(block);
            if (start < keyBlock.Length) keyBlock.CopyTo(block, 0);
            else message.Slice(start - keyBlock.Length, length).CopyTo(block);
            for (var i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * 8));
            var final = b == blocks - 1;
            Compress(h, m, v, (ulong)(start + length), final, final && p.LastNode);
        }
        var output = new byte[64];
        for (var i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(i * 8), h[i]);
        return output[..p.DigestSize];
    }

    /// <summary>F (§3.2). The byte counter never exceeds 2^64 here, so its high word stays zero.</summary>
    private static void Compress(ulong[] h, ulong[] m, ulong[] v, ulong counter, bool final, bool lastNode)
    {
        h.CopyTo(v, 0);
        Iv.CopyTo(v, 8);
        v[12] ^= counter;
        if (final) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (var round = 0; round < Rounds; round++)
        {
            var s = Blake2Common.Sigma[round % 10];
            Mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            Mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            Mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            Mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            Mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            Mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            Mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            Mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (var i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    /// <summary>G (§3.1) with rotations 32, 24, 16, 63.</summary>
    private static void Mix(ulong[] v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }
}

using System.Buffers.Binary;
using System.Numerics;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds.</summary>
internal static class Blake2s
{
    private const int BlockBytes = 64;
    private const int Rounds = 10;

    /// <summary>The SHA-256 initial value (RFC 7693 §2.6).</summary>
    private static readonly uint[] Iv =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    public static byte[] Hash(ReadOnlySpan<byte> message, Blake2Parameters p)
    {
        var h = new uint[8];
        var parameterBlock = p.Block(wide: false);
        for (var i = 0; i < 8; i++) h[i] = Iv[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(parameterBlock.AsSpan(i * 4));
        var m = new uint[16];
        var v = new uint[16];
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
            for (var i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(i * 4));
            var final = b == blocks - 1;
            Compress(h, m, v, (ulong)(start + length), final, final && p.LastNode);
        }
        var output = new byte[32];
        for (var i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(i * 4), h[i]);
        return output[..p.DigestSize];
    }

    /// <summary>F (§3.2) with a 64-bit byte counter split over v[12] and v[13].</summary>
    private static void Compress(uint[] h, uint[] m, uint[] v, ulong counter, bool final, bool lastNode)
    {
        h.CopyTo(v, 0);
        Iv.CopyTo(v, 8);
        v[12] ^= (uint)counter;
        v[13] ^= (uint)(counter >> 32);
        if (final) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (var round = 0; round < Rounds; round++)
        {
            var s = Blake2Common.Sigma[round];
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

    /// <summary>G (§3.1) with rotations 16, 12, 8, 7.</summary>
    private static void Mix(uint[] v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}

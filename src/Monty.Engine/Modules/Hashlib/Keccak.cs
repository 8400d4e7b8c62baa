using System.Buffers.Binary;
using System.Numerics;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>The Keccak sponge over Keccak-p[1600, 24] (FIPS 202): SHA-3 and SHAKE. Lane (x, y) of
/// the state is <c>lanes[x + 5y]</c>; bytes map onto lanes little-endian, as §B.1 specifies.</summary>
internal static class Keccak
{
    private const int Rounds = 24;

    /// <summary>ρ offsets, from the walk (x, y) → (y, 2x + 3y) of Algorithm 2.</summary>
    private static readonly int[] RhoOffsets = ComputeRhoOffsets();

    /// <summary>ι round constants, from the LFSR rc(t) of Algorithm 5.</summary>
    private static readonly ulong[] RoundConstants = ComputeRoundConstants();

    /// <summary>SHA3-(8·outputBytes): rate 200 − 2·outputBytes, domain bits 01.</summary>
    public static byte[] Sha3(ReadOnlySpan<byte> message, int outputBytes) =>
        Sponge(message, 200 - 2 * outputBytes, 0x06, outputBytes);

    /// <summary>SHAKE with a capacity of 2·securityBytes and suffix 1111.</summary>
    public static byte[] Shake(ReadOnlySpan<byte> message, int securityBytes, int outputBytes) =>
        Sponge(message, 200 - 2 * securityBytes, 0x1F, outputBytes);

    /// <summary>pad10*1 with the domain suffix folded into the first padding byte, absorb, squeeze.</summary>
    private static byte[] Sponge(ReadOnlySpan<byte> message, int rate, byte suffix, int outputBytes)
    {
        var lanes = new ulong[25];
        var whole = message.Length / rate;
        for (var i = 0; i < whole; i++)
        {
            if ((i & 1023) == 1023) Limits.Budget.CheckTime();
            Absorb(lanes, message.Slice(i * rate, rate));
        }
        var last = new byte[rate];
        message[(whole * rate)..].CopyTo(last);
        last[message.Length - whole * rate] ^= suffix;
        last[rate - 1] ^= 0x80;
        Absorb(lanes, last);
        var output = new byte[outputBytes];
        var block = new byte[200];
        for (var done = 0; ; )
        {
            for (var i = 0; i < 25; i++) BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(i * 8), lanes[i]);
            var take = Math.Min(rate, outputBytes - done);
            block.AsSpan(0, take).CopyTo(output.AsSpan(done));
            done += take;
            if (done == outputBytes) return output;
            Permute(lanes);
        }
    }

    private static void Absorb(ulong[] lanes, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < block.Length / 8; i++) lanes[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        Permute(lanes);
    }

    /// <summary>π as a table: lane i moves to <c>PiTarget[i]</c>, i.e. (x, y) → (y, 2x + 3y).</summary>
    private static readonly int[] PiTarget = Enumerable.Range(0, 25).Select(i => i / 5 + 5 * ((2 * (i % 5) + 3 * (i / 5)) % 5)).ToArray();

    private static void Permute(ulong[] a)
    {
        Span<ulong> b = stackalloc ulong[25];
        for (var round = 0; round < Rounds; round++)
        {
            // θ: each lane absorbs the parities of two neighbouring columns.
            var c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            var c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            var c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            var c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            var c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            var d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
            var d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
            var d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
            var d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
            var d4 = c3 ^ BitOperations.RotateLeft(c0, 1);
            for (var y = 0; y < 25; y += 5)
            {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            // ρ and π: rotate each lane, then move it to its new position.
            for (var i = 0; i < 25; i++) b[PiTarget[i]] = BitOperations.RotateLeft(a[i], RhoOffsets[i]);
            // χ: the only non-linear step, along rows.
            for (var y = 0; y < 25; y += 5)
            {
                ulong b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            // ι
            a[0] ^= RoundConstants[round];
        }
    }

    private static int[] ComputeRhoOffsets()
    {
        var offsets = new int[25];
        int x = 1, y = 0;
        for (var t = 0; t < 24; t++)
        {
            offsets[x + 5 * y] = (t + 1) * (t + 2) / 2 % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        return offsets;
    }

    private static ulong[] ComputeRoundConstants()
    {
        var constants = new ulong[Rounds];
        for (var round = 0; round < Rounds; round++)
            for (var j = 0; j <= 6; j++)
                if (Rc(j + 7 * round)) constants[round] |= 1UL << ((1 << j) - 1);
        return constants;
    }

    /// <summary>Algorithm 5: bit i of <c>r</c> is R[i]; each step prepends a 0 and feeds R[8] back.</summary>
    private static bool Rc(int t)
    {
        var r = 1;
        for (var i = 1; i <= t % 255; i++)
        {
            r <<= 1;
            if ((r & 0x100) != 0) r ^= 0x171; // R[0], R[4], R[5], R[6] ^= R[8]; clears R[8]
        }
        return (r & 1) != 0;
    }
}

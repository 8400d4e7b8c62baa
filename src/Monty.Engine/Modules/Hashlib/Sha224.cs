using System.Buffers.Binary;
using System.Numerics;

namespace Monty.Engine.Modules.Hashlib;

/// <summary>SHA-224 (FIPS 180-4 §6.3): the SHA-256 compression with its own initial value, truncated
/// to seven words. Written out because .NET does not offer SHA-224 on every platform.</summary>
internal static class Sha224
{
    private const int BlockBytes = 64;

    /// <summary>FIPS 180-4 §5.3.2.</summary>
    private static readonly uint[] InitialHash =
        [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

    /// <summary>§4.2.2: the first 32 bits of the fractional parts of the cube roots of the first
    /// 64 primes, computed exactly with integer roots rather than typed in.</summary>
    private static readonly uint[] RoundConstants = FirstPrimes(64)
        .Select(p => (uint)(IntegerCubeRoot(new BigInteger(p) << 96) & uint.MaxValue))
        .ToArray();

    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        var state = (uint[])InitialHash.Clone();
        var schedule = new uint[64];
        var whole = message.Length / BlockBytes;
        for (var i = 0; i < whole; i++)
        {
            if ((i & 1023) == 1023) Limits.Budget.CheckTime();
            Compress(state, message.Slice(i * BlockBytes, BlockBytes), schedule);
        }
        foreach (var block in HashPadding.Md(message[(whole * BlockBytes)..], message.Length, BlockBytes, 8))
            Compress(state, block, schedule);
        var digest = new byte[28];
        for (var i = 0; i < 7; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
        return digest;
    }

    private static void Compress(uint[] h, ReadOnlySpan<byte> block, uint[] w)
    {
        for (var t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        for (var t = 16; t < 64; t++)
        {
            var s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (var t = 0; t < 64; t++)
        {
            var bigSigma1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var choose = (e & f) ^ (~e & g);
            var t1 = k + bigSigma1 + choose + RoundConstants[t] + w[t];
            var bigSigma0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var majority = (a & b) ^ (a & c) ^ (b & c);
            var t2 = bigSigma0 + majority;
            k = g; g = f; f = e; e = d + t1;
            d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }

    private static IEnumerable<int> FirstPrimes(int count)
    {
        var found = 0;
        for (var n = 2; found < count; n++)
        {
            var prime = true;
            for (var d = 2; d * d <= n && prime; d++) prime = n % d != 0;
            if (!prime) continue;
            found++;
            yield return n;
        }
    }

    private static BigInteger IntegerCubeRoot(BigInteger n)
    {
        // Newton's method from above converges to floor(cbrt(n)).
        var x = BigInteger.One << (int)((n.GetBitLength() + 2) / 3);
        while (true)
        {
            var next = (2 * x + n / (x * x)) / 3;
            if (next >= x) return x;
            x = next;
        }
    }
}

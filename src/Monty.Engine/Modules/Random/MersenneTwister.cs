using System.Numerics;

namespace Monty.Engine.Modules.Random;

/// <summary>MT19937 with CPython's seeding (init_by_array over the seed's 32-bit words), so a seeded
/// script draws exactly CPython's numbers.</summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;

    public uint[] State { get; } = new uint[N];

    public int Index { get; set; } = N + 1;

    public MersenneTwister Clone()
    {
        var copy = new MersenneTwister { Index = Index };
        State.CopyTo(copy.State, 0);
        return copy;
    }

    private void InitGenrand(uint seed)
    {
        State[0] = seed;
        for (var i = 1; i < N; i++) State[i] = 1812433253u * (State[i - 1] ^ (State[i - 1] >> 30)) + (uint)i;
        Index = N;
    }

    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            State[i] = (State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                State[0] = State[N - 1];
                i = 1;
            }
            if (j >= key.Length) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            State[i] = (State[i] ^ ((State[i - 1] ^ (State[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                State[0] = State[N - 1];
                i = 1;
            }
        }
        State[0] = 0x80000000u;
    }

    /// <summary>Seeds from a non-negative integer as random_seed does: its 32-bit words, least significant first.</summary>
    public void Seed(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var words = new List<uint>();
        do
        {
            words.Add((uint)(n & uint.MaxValue));
            n >>= 32;
        }
        while (!n.IsZero);
        InitByArray([.. words]);
    }

    public uint Next()
    {
        if (Index >= N) Twist();
        var y = State[Index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        for (var kk = 0; kk < N; kk++)
        {
            var y = (State[kk] & 0x80000000u) | (State[(kk + 1) % N] & 0x7fffffffu);
            State[kk] = State[(kk + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
        }
        Index = 0;
    }

    /// <summary>random(): 53 random bits as a float in [0, 1).</summary>
    public double NextDouble()
    {
        var a = Next() >> 5;
        var b = Next() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    public BigInteger GetRandBits(long k)
    {
        if (k <= 32) return k == 0 ? BigInteger.Zero : Next() >> (int)(32 - k);
        var words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var r = Next();
            if (k < 32) r >>= (int)(32 - k);
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4, 4), r);
        }
        return new BigInteger(bytes);
    }

    public BigInteger RandBelow(BigInteger n)
    {
        var k = (long)n.GetBitLength();
        var r = GetRandBits(k);
        while (r >= n) r = GetRandBits(k);
        return r;
    }
}

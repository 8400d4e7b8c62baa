using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Random;

/// <summary>A random.Random instance: its own Mersenne Twister state and gauss's spare value.
/// An unseeded generator draws its seed from the host's entropy grant on first use.</summary>
internal sealed class PyRandom : PyNativeValue
{
    public MersenneTwister? Twister { get; set; }

    public double? GaussNext { get; set; }

    public override PyType Type => RandomModule.RandomType;

    public override string ReprText() => $"<random.Random object at {Repr.Address(this)}>";

    public MersenneTwister Mt => Twister ?? SeedFromEntropy();

    private MersenneTwister SeedFromEntropy()
    {
        var bytes = HostAccess.RandomBytes(MersenneTwister.N * 4, "random without a seed");
        var key = new uint[MersenneTwister.N];
        Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
        var mt = new MersenneTwister();
        mt.InitByArray(key);
        Twister = mt;
        GaussNext = null;
        return mt;
    }

    /// <summary>random.seed(a): CPython's version 2 seeding for None, int, float, str and bytes.</summary>
    public void Seed(PyObject? a)
    {
        GaussNext = null;
        switch (a)
        {
            case null or PySingleton { Name: "None" }:
                Twister = null;
                SeedFromEntropy();
                return;
            case PyInt or PyBigInt:
                Twister = Seeded(Numbers.ToBig(a));
                return;
            case PyFloat f:
                Twister = Seeded(Hashing.HashDouble(f.Value));
                return;
            case PyStr s:
                Twister = Seeded(FromText(Encoding.UTF8.GetBytes(s.Value)));
                return;
            case PyBytes b:
                Twister = Seeded(FromText(b.Value));
                return;
            default:
                throw PyErrors.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    private static MersenneTwister Seeded(BigInteger n)
    {
        var mt = new MersenneTwister();
        mt.Seed(n);
        return mt;
    }

    /// <summary>int.from_bytes(text + sha512(text), 'big').</summary>
    private static BigInteger FromText(byte[] text) =>
        new([.. text, .. SHA512.HashData(text)], isUnsigned: true, isBigEndian: true);
}

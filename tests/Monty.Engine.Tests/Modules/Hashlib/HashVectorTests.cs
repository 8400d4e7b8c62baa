using System.Text;
using Monty.Engine.Modules.Hashlib;
using Sha224 = Monty.Engine.Modules.Hashlib.Sha224;
using Xunit;

namespace Monty.Engine.Tests.Modules.Hashlib;

/// <summary>The hand-written digests against the published test vectors: FIPS 180-4 examples
/// (SHA-224), FIPS 202 / NIST examples (SHA-3, SHAKE) and RFC 7693 appendices plus the BLAKE2
/// reference keyed known-answer tests.</summary>
public sealed class HashVectorTests
{
    private const string Abc448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static byte[] Range(int n) => Enumerable.Range(0, n).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData("abc", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")]
    [InlineData(Abc448, "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525")]
    [InlineData("", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f")]
    public void Sha224Vectors(string message, string expected) => Assert.Equal(expected, Hex(Sha224.Hash(Ascii(message))));

    [Fact]
    public void Sha224OfAMillionAs() =>
        Assert.Equal("20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67", Hex(Sha224.Hash(new byte[1_000_000].Select(_ => (byte)'a').ToArray())));

    [Theory]
    [InlineData("abc", 28, "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf")]
    [InlineData("abc", 32, "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")]
    [InlineData("abc", 48, "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25")]
    [InlineData("abc", 64, "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0")]
    [InlineData("", 32, "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")]
    [InlineData(Abc448, 32, "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376")]
    public void Sha3Vectors(string message, int bytes, string expected) => Assert.Equal(expected, Hex(Keccak.Sha3(Ascii(message), bytes)));

    [Fact]
    public void Sha3OfAMillionAs() =>
        Assert.Equal("5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1", Hex(Keccak.Sha3(Enumerable.Repeat((byte)'a', 1_000_000).ToArray(), 32)));

    [Fact]
    public void ShakeOfTheEmptyMessage()
    {
        Assert.Equal("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26", Hex(Keccak.Shake([], 16, 32)));
        Assert.Equal("46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be",
            Hex(Keccak.Shake([], 32, 64)));
    }

    [Fact]
    public void ShakeOutputLongerThanOneRateIsAPrefixOfLongerOutput()
    {
        var longer = Keccak.Shake(Ascii("abc"), 16, 500);
        Assert.Equal(Hex(longer[..169]), Hex(Keccak.Shake(Ascii("abc"), 16, 169)));
    }

    [Fact]
    public void Blake2bRfc7693AppendixA() => Assert.Equal(
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
        Hex(Blake2b.Hash(Ascii("abc"), Blake2Parameters.Default(wide: true))));

    [Fact]
    public void Blake2sRfc7693AppendixB() => Assert.Equal(
        "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
        Hex(Blake2s.Hash(Ascii("abc"), Blake2Parameters.Default(wide: false))));

    [Fact]
    public void Blake2KeyedKnownAnswers()
    {
        var keyB = Blake2Parameters.Default(wide: true) with { Key = Range(64) };
        Assert.Equal("10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568",
            Hex(Blake2b.Hash([], keyB)));
        Assert.Equal("142709d62e28fcccd0af97fad0f8465b971e82201dc51070faa0372aa43e92484be1c1e73ba10906d5d1853db6a4106e0a7bf9800d373d6dee2d46d62ef2a461",
            Hex(Blake2b.Hash(Range(255), keyB)));
        var keyS = Blake2Parameters.Default(wide: false) with { Key = Range(32) };
        Assert.Equal("48a8997da407876b3d79c0d92325ad3b89cbb754d86ab71aee047ad345fd2c49", Hex(Blake2s.Hash([], keyS)));
    }

    [Fact]
    public void ATruncatedDigestIsNotAPrefixOfTheFullOne()
    {
        // The digest length is part of the parameter block, so shorter outputs differ entirely.
        var full = Blake2b.Hash(Ascii("abc"), Blake2Parameters.Default(wide: true));
        var short20 = Blake2b.Hash(Ascii("abc"), Blake2Parameters.Default(wide: true) with { DigestSize = 20 });
        Assert.Equal(20, short20.Length);
        Assert.NotEqual(Hex(full[..20]), Hex(short20));
    }
}

namespace Monty.Engine.Modules.Hashlib;

/// <summary>Merkle–Damgård padding (FIPS 180-4 §5.1): a 1 bit, zeros, then the message length in
/// bits as a big-endian integer of <c>lengthBytes</c> bytes, filling one or two final blocks.</summary>
internal static class HashPadding
{
    public static byte[][] Md(ReadOnlySpan<byte> tail, long messageLength, int blockBytes, int lengthBytes)
    {
        var blocks = tail.Length + 1 + lengthBytes > blockBytes ? 2 : 1;
        var padded = new byte[blocks * blockBytes];
        tail.CopyTo(padded);
        padded[tail.Length] = 0x80;
        var bits = (ulong)messageLength * 8;
        for (var i = 0; i < 8; i++) padded[padded.Length - 1 - i] = (byte)(bits >> (8 * i));
        var result = new byte[blocks][];
        for (var b = 0; b < blocks; b++) result[b] = padded[(b * blockBytes)..((b + 1) * blockBytes)];
        return result;
    }
}

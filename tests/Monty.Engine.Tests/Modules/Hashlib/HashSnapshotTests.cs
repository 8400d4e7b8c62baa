using Monty.Engine;
using Xunit;

namespace Monty.Engine.Tests.Modules.Hashlib;

/// <summary>Partially updated hash objects of every hand-written kind survive Dump/Load, with their
/// BLAKE2 parameters, and continue to the same digests as the session they came from.</summary>
public sealed class HashSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Setup = """
        import hashlib
        hashes = [
            hashlib.sha224(b'first half, '),
            hashlib.sha3_224(b'first half, '),
            hashlib.sha3_256(b'first half, '),
            hashlib.sha3_384(b'first half, '),
            hashlib.sha3_512(b'first half, '),
            hashlib.blake2b(b'first half, ', digest_size=40, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3,
                            leaf_size=7, node_offset=9, node_depth=1, inner_size=16, last_node=True),
            hashlib.blake2s(b'first half, ', digest_size=12, key=b'k', salt=b'pepper', person=b'you', node_offset=2**40),
        ]
        xofs = [hashlib.shake_128(b'first half, '), hashlib.shake_256(b'first half, ')]
        ''
        """;

    private const string Finish = """
        for h in hashes + xofs:
            h.update(b'second half')
        repr([(h.name, h.digest_size, h.block_size, h.hexdigest()) for h in hashes] + [(x.name, x.hexdigest(40)) for x in xofs])
        """;

    [Fact]
    public void PartiallyUpdatedHashesRoundTrip()
    {
        var session = new MontySession();
        Eval(session, Setup);
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Finish);
        Assert.Equal(expected, Eval(restored, Finish));
        Assert.Contains("('blake2b', 40, 128,", expected);
        Assert.Contains("('blake2s', 12, 64,", expected);
    }

    [Fact]
    public void ACopyTakenBeforeTheDumpIsIndependentAfterTheLoad()
    {
        var session = new MontySession();
        Eval(session, "import hashlib\nh = hashlib.blake2s(b'ab', digest_size=8)\nc = h.copy()\nh.update(b'c')\n''");
        var restored = MontySession.Load(session.Dump());
        Assert.Equal(Eval(session, "h.hexdigest() + ' ' + c.hexdigest()"), Eval(restored, "h.hexdigest() + ' ' + c.hexdigest()"));
        Assert.Equal(Eval(restored, "hashlib.blake2s(b'ab', digest_size=8).hexdigest()"), Eval(restored, "c.hexdigest()"));
    }
}

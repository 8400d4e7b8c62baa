using System.Text.RegularExpressions;
using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Re;

/// <summary>Runs a pattern over a subject with CPython's rules: pos/endpos in code points,
/// endpos as the end of the string, and empty matches next to the previous match allowed
/// (3.7+) but never twice at the same position. A match that outlives its timeout bucket is
/// retried until the script's own time limit decides (TimeoutError).</summary>
internal sealed class Matcher
{
    private readonly PyPattern _pattern;
    private readonly PyStr _subject;
    private readonly PyObject _original;
    private readonly string _input;
    private readonly int _pos;
    private readonly int _endpos;
    private readonly int _start;

    /// <summary>Matches over <paramref name="subject"/>; <paramref name="original"/> is the subject as
    /// the script passed it (the bytes of a bytes pattern's subject), which matches report.</summary>
    public Matcher(PyPattern pattern, PyStr subject, PyObject original, long pos, long endpos)
    {
        _pattern = pattern;
        _subject = subject;
        _original = original;
        var length = subject.Length;
        _pos = (int)Math.Clamp(pos, 0, length);
        _endpos = (int)Math.Clamp(endpos, 0, length);
        var endOffset = subject.OffsetOf(_endpos);
        _input = endOffset == subject.Value.Length ? subject.Value : subject.Value[..endOffset];
        _start = subject.OffsetOf(_pos);
    }

    /// <summary>The match anchored at a UTF-16 offset (rebuilding a snapshotted match).</summary>
    public PyMatch? At(int offset, MatchKind kind)
    {
        var m = Run(kind, offset);
        return m.Success ? Wrap(m) : null;
    }

    public PyMatch? Once(MatchKind kind)
    {
        if (_pos > _endpos) return null;
        var m = Run(kind, _start);
        return m.Success ? Wrap(m) : null;
    }

    private PyMatch Wrap(Match m) => new(_pattern, _subject, _original, m, _pos, _endpos);

    private Match Run(MatchKind kind, int at)
    {
        while (true)
        {
            var regex = _pattern.RegexFor(kind, !_subject.IsSimple);
            try
            {
                return regex.Match(_input, at);
            }
            catch (RegexMatchTimeoutException)
            {
                // Only the script's time limit ends a match; a smaller bucket is tried until it does.
                Budget.CheckTime();
            }
        }
    }

    /// <summary>Successive matches from pos, at most <paramref name="limit"/> (0 = all).</summary>
    public IEnumerable<PyMatch> All(int limit = 0)
    {
        if (_pos > _endpos) yield break;
        var at = _start;
        var mustAdvance = false;
        var count = 0;
        while (at <= _input.Length)
        {
            Match m;
            if (mustAdvance)
            {
                m = Run(MatchKind.NonEmptyAnchored, at);
                if (!m.Success)
                {
                    if (at >= _input.Length) yield break;
                    at += char.IsHighSurrogate(_input[at]) && at + 1 < _input.Length && char.IsLowSurrogate(_input[at + 1]) ? 2 : 1;
                    m = Run(MatchKind.Search, at);
                }
            }
            else m = Run(MatchKind.Search, at);
            if (!m.Success) yield break;
            yield return Wrap(m);
            if (limit > 0 && ++count >= limit) yield break;
            if ((count & 255) == 0) Budget.CheckTime();
            mustAdvance = m.Length == 0;
            at = m.Index + m.Length;
        }
    }
}

using Monty.Engine.Modules.Datetime;
using Monty.Engine.Modules.Random;
using Monty.Engine.Modules.Uuid;
using Monty.Engine.Modules.Fractions;
using Monty.Engine.Modules.Hashlib;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>Value types of engine modules (datetime, Random state, UUID, hash objects): a kind name,
/// then the plain fields. All are leaves, so one construction record holds everything. Loading
/// re-validates every field as the Python constructor would.</summary>
internal sealed class NativeValueCodec : NodeCodec<PyNativeValue>
{
    public static bool CanWrite(object node) => node is PyTimeDelta or PyTimeZone or PyDate or PyTime or PyRandom or PyUuid or PyHash or PyFraction;

    protected override void Construction(PyNativeValue node, RecordSink sink)
    {
        switch (node)
        {
            case PyTimeDelta td:
                sink.String("timedelta");
                WriteDelta(sink, td);
                break;
            case PyTimeZone tz:
                sink.String("timezone");
                WriteZone(sink, tz);
                break;
            case PyDateTime dt:
                sink.String("datetime");
                WriteDate(sink, dt);
                WriteClock(sink, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.Fold, dt.Tz);
                break;
            case PyDate d:
                sink.String("date");
                WriteDate(sink, d);
                break;
            case PyTime t:
                sink.String("time");
                WriteClock(sink, t.Hour, t.Minute, t.Second, t.Microsecond, t.Fold, t.Tz);
                break;
            case PyRandom r:
                sink.String("random");
                sink.Bool(r.Twister is not null);
                if (r.Twister is { } mt)
                {
                    foreach (var word in mt.State) sink.VarUInt(word);
                    sink.Int(mt.Index);
                }
                sink.Bool(r.GaussNext is not null);
                if (r.GaussNext is { } g) sink.Double(g);
                break;
            case PyUuid u:
                sink.String("uuid");
                sink.ByteArray(u.Bytes);
                break;
            case PyFraction f:
                sink.String("fraction");
                sink.ByteArray(f.Value.Num.ToByteArray());
                sink.ByteArray(f.Value.Den.ToByteArray());
                break;
            case PyHash h:
                sink.String("hash");
                sink.String(h.Name);
                sink.ByteArray(h.Data);
                if (h.Blake2 is { } b2) WriteBlake2(sink, b2);
                break;
            default:
                throw new InvalidOperationException($"No snapshot codec for {node.GetType().Name}.");
        }
    }

    protected override PyNativeValue Construct(GraphReader reader)
    {
        var r = reader.Input;
        var kind = r.String("native value kind");
        try
        {
            return kind switch
            {
                "timedelta" => ReadDelta(reader),
                "timezone" => ReadZone(reader),
                "date" => ReadDate(reader, out _),
                "datetime" => ReadDateTime(reader),
                "time" => ReadTime(reader),
                "random" => ReadRandom(reader),
                "uuid" => ReadUuid(reader),
                "hash" => ReadHash(reader),
                "fraction" => ReadFraction(reader),
                _ => throw reader.Error($"unknown native value kind '{kind}'"),
            };
        }
        catch (PyException e)
        {
            throw reader.Error($"invalid {kind}: {ExceptionText.Str(e.Value)}");
        }
    }

    private static void WriteDelta(RecordSink sink, PyTimeDelta td)
    {
        sink.VarInt(td.Days);
        sink.VarInt(td.Seconds);
        sink.VarInt(td.Microseconds);
    }

    private static PyTimeDelta ReadDelta(GraphReader reader)
    {
        var r = reader.Input;
        var days = r.VarInt("timedelta days");
        var seconds = r.VarInt("timedelta seconds");
        var micro = r.VarInt("timedelta microseconds");
        if (seconds is < 0 or >= 86400 || micro is < 0 or >= 1_000_000) throw reader.Error("timedelta is not normalised");
        return PyTimeDelta.FromParts(days, seconds, micro);
    }

    private static void WriteZone(RecordSink sink, PyTimeZone tz)
    {
        WriteDelta(sink, tz.Offset);
        sink.OptionalString(tz.Name);
    }

    private static PyTimeZone ReadZone(GraphReader reader)
    {
        var offset = ReadDelta(reader);
        var name = reader.Input.OptionalString("timezone name");
        return PyTimeZone.Create(offset, name is null ? null : PyStr.Of(name));
    }

    private static void WriteDate(RecordSink sink, PyDate d)
    {
        sink.Int(d.Year);
        sink.Int(d.Month);
        sink.Int(d.Day);
    }

    private static PyDate ReadDate(GraphReader reader, out (int Y, int M, int D) parts)
    {
        var r = reader.Input;
        var y = (long)r.VarUInt("year");
        var m = (long)r.VarUInt("month");
        var d = (long)r.VarUInt("day");
        DateMath.CheckDate(y, m, d);
        parts = ((int)y, (int)m, (int)d);
        return new PyDate(parts.Y, parts.M, parts.D);
    }

    private static void WriteClock(RecordSink sink, int hour, int minute, int second, int micro, int fold, PyTimeZone? tz)
    {
        sink.Int(hour);
        sink.Int(minute);
        sink.Int(second);
        sink.Int(micro);
        sink.Int(fold);
        sink.Bool(tz is not null);
        if (tz is not null) WriteZone(sink, tz);
    }

    private static (int, int, int, int, int, PyTimeZone?) ReadClock(GraphReader reader)
    {
        var r = reader.Input;
        var h = (long)r.VarUInt("hour");
        var mi = (long)r.VarUInt("minute");
        var s = (long)r.VarUInt("second");
        var us = (long)r.VarUInt("microsecond");
        var fold = (long)r.VarUInt("fold");
        DateMath.CheckTime(h, mi, s, us, fold);
        var tz = r.Bool("has tzinfo") ? ReadZone(reader) : null;
        return ((int)h, (int)mi, (int)s, (int)us, (int)fold, tz);
    }

    private static PyDateTime ReadDateTime(GraphReader reader)
    {
        ReadDate(reader, out var d);
        var (h, mi, s, us, fold, tz) = ReadClock(reader);
        return new PyDateTime(d.Y, d.M, d.D, h, mi, s, us, tz, fold);
    }

    private static PyTime ReadTime(GraphReader reader)
    {
        var (h, mi, s, us, fold, tz) = ReadClock(reader);
        return new PyTime(h, mi, s, us, tz, fold);
    }

    private static PyRandom ReadRandom(GraphReader reader)
    {
        var r = reader.Input;
        var random = new PyRandom();
        if (r.Bool("random seeded"))
        {
            var mt = new MersenneTwister();
            for (var i = 0; i < MersenneTwister.N; i++)
            {
                var word = r.VarUInt("random state word");
                if (word > uint.MaxValue) throw reader.Error("random state word exceeds 32 bits");
                mt.State[i] = (uint)word;
            }
            var index = r.VarUInt("random index");
            if (index > MersenneTwister.N + 1) throw reader.Error("random index out of range");
            mt.Index = (int)index;
            random.Twister = mt;
        }
        if (r.Bool("random has gauss")) random.GaussNext = r.Double("random gauss");
        return random;
    }

    private static PyUuid ReadUuid(GraphReader reader)
    {
        var bytes = reader.Input.ByteArray("uuid bytes");
        if (bytes.Length != 16) throw reader.Error("uuid is not 16 bytes");
        return new PyUuid(new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true));
    }

    private static PyFraction ReadFraction(GraphReader reader)
    {
        var num = new System.Numerics.BigInteger(reader.Input.ByteArray("fraction numerator"));
        var den = new System.Numerics.BigInteger(reader.Input.ByteArray("fraction denominator"));
        if (den.Sign <= 0) throw reader.Error("fraction denominator is not positive");
        var value = Rational.Of(num, den);
        if (value.Num != num || value.Den != den) throw reader.Error("fraction is not in lowest terms");
        return new PyFraction(value);
    }

    private static PyHash ReadHash(GraphReader reader)
    {
        var name = reader.Input.String("hash name");
        if (Array.IndexOf(PyHash.Algorithms, name) < 0) throw reader.Error($"unknown hash algorithm '{name}'");
        var data = reader.Input.ByteArray("hash data");
        return new PyHash(name, data, PyHash.IsBlake2(name) ? ReadBlake2(reader, name) : null);
    }

    /// <summary>BLAKE2 parameters follow the data (hashes of the other kinds have none, so older
    /// snapshots read unchanged).</summary>
    private static void WriteBlake2(RecordSink sink, Blake2Parameters p)
    {
        sink.VarInt(p.DigestSize);
        sink.ByteArray(p.Key);
        sink.ByteArray(p.Salt);
        sink.ByteArray(p.Person);
        sink.VarInt(p.Fanout);
        sink.VarInt(p.Depth);
        sink.VarUInt(p.LeafSize);
        sink.VarUInt(p.NodeOffset);
        sink.VarInt(p.NodeDepth);
        sink.VarInt(p.InnerSize);
        sink.Bool(p.LastNode);
    }

    private static Blake2Parameters ReadBlake2(GraphReader reader, string name)
    {
        var r = reader.Input;
        var max = name == "blake2b" ? 64 : 32;
        var digestSize = r.VarInt("blake2 digest size");
        var key = r.ByteArray("blake2 key");
        var salt = r.ByteArray("blake2 salt");
        var person = r.ByteArray("blake2 person");
        var fanout = r.VarInt("blake2 fanout");
        var depth = r.VarInt("blake2 depth");
        var leafSize = r.VarUInt("blake2 leaf size");
        var nodeOffset = r.VarUInt("blake2 node offset");
        var nodeDepth = r.VarInt("blake2 node depth");
        var innerSize = r.VarInt("blake2 inner size");
        var lastNode = r.Bool("blake2 last node");
        if (digestSize < 1 || digestSize > max || key.Length > max || salt.Length > max / 4 || person.Length > max / 4
            || fanout is < 0 or > 255 || depth is < 1 or > 255 || leafSize > uint.MaxValue
            || (max == 32 && nodeOffset >= 1UL << 48) || nodeDepth is < 0 or > 255 || innerSize < 0 || innerSize > max)
            throw reader.Error("blake2 parameters out of range");
        return new Blake2Parameters((int)digestSize, key, salt, person, (int)fanout, (int)depth, (uint)leafSize, nodeOffset,
            (int)nodeDepth, (int)innerSize, lastNode);
    }
}

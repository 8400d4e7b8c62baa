using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>An exception: builtin type by name, args, chaining, traceback entries (code and
/// instruction), attributes and limit kind. LastFrame is kept only if that frame is in the
/// snapshot anyway; losing it at worst repeats one traceback line.</summary>
internal sealed class ExceptionCodec : NodeCodec<PyBaseException>
{
    protected override void Construction(PyBaseException node, RecordSink sink) => sink.Ref(node.ExceptionType);

    protected override void Contents(PyBaseException node, RecordSink sink)
    {
        sink.Ref(node.Args);
        sink.Ref(node.Cause);
        sink.Ref(node.Context);
        sink.Bool(node.SuppressContext);
        sink.Int(node.Traceback.Count);
        foreach (var entry in node.Traceback)
        {
            sink.Ref(entry.Code);
            sink.VarInt(entry.Instruction);
        }
        AttributeDict.Write(node.Dict, sink);
        sink.OptionalString(node.LimitKind);
        sink.WeakRef(node.LastFrame);
    }

    protected override PyBaseException Construct(GraphReader reader)
    {
        var type = reader.Ref<PyType>("exception type");
        if (!ExceptionTypes.IsExceptionType(type)) throw reader.Error($"'{type.Name}' is not an exception type");
        return new PyBaseException(type, PyTuple.Empty);
    }

    protected override void Fill(PyBaseException node, GraphReader reader)
    {
        node.Args = reader.Ref<PyTuple>("exception args");
        node.Cause = reader.OptionalRef<PyBaseException>("exception cause");
        node.Context = reader.OptionalRef<PyBaseException>("exception context");
        node.SuppressContext = reader.Input.Bool("suppress context");
        var entries = reader.Input.Count("traceback length", 2);
        for (var i = 0; i < entries; i++)
        {
            var code = reader.Ref<CodeObject>("traceback code");
            var instruction = reader.Input.SignedInt("traceback instruction", -1, code.Instructions.Length);
            node.Traceback.Add(new TracebackEntry(code, instruction));
        }
        node.Dict = AttributeDict.Read(reader);
        node.LimitKind = reader.Input.OptionalString("limit kind");
        node.LastFrame = reader.OptionalRef<Frame>("last frame");
    }
}

using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>A frame: code, namespace and cell count at construction; then the live part of the
/// value array (locals and stack below Sp), the instruction pointer, cells, block stack, the
/// link to its caller and how that caller resumes it. Relations between frames, generators and
/// code are checked by StateValidator once everything is loaded.</summary>
internal sealed class FrameCodec : NodeCodec<Frame>
{
    protected override void Construction(Frame node, RecordSink sink)
    {
        sink.Ref(node.Code);
        sink.Ref(node.Globals);
        sink.Int(node.Cells is null ? 0 : node.Cells.Length + 1);
    }

    protected override void Contents(Frame node, RecordSink sink)
    {
        sink.Int(node.Sp);
        for (var i = 0; i < node.Sp; i++) sink.Ref(node.Values[i]);
        sink.Int(node.Ip);
        if (node.Cells is not null)
            foreach (var cell in node.Cells) sink.Ref(cell);
        sink.Ref(node.Back);
        sink.Int(node.BlockCount);
        for (var i = 0; i < node.BlockCount; i++)
        {
            var block = node.Blocks[i];
            sink.VarInt(block.Handler);
            sink.VarInt(block.StackDepth);
            sink.Bool(block.IsHandlerBody);
        }
        sink.Ref(node.Generator);
        sink.Byte((byte)node.Mode);
        sink.VarInt(node.ExitTarget);
        sink.Ref(node.Default);
        sink.VarInt(node.RetrySlot);
        sink.VarInt(node.RetryIp);
        sink.Ref(node.RetryOriginal);
        sink.Ref(node.LocalsDict);
    }

    protected override Frame Construct(GraphReader reader)
    {
        var code = reader.Ref<CodeObject>("frame code");
        var globals = reader.Ref<ModuleNamespace>("frame globals");
        var cellCount = reader.Input.Count("frame cell count");
        var expected = code.CellVars.Length + code.FreeVars.Length;
        if ((cellCount == 0 ? 0 : cellCount - 1) != expected || (cellCount == 0) != (expected == 0))
            throw reader.Error($"frame has {Math.Max(0, cellCount - 1)} cells but its code needs {expected}");
        if (!reader.Context.TryChargeSlots(code.VarNames.Length + code.MaxStack))
            throw reader.Error("frames need more value slots than a snapshot of this size can hold");
        var frame = Frame.Restore(code, globals, cellCount == 0 ? null : new PyCell[cellCount - 1]);
        reader.Context.Frames.Add(frame);
        return frame;
    }

    protected override void Fill(Frame node, GraphReader reader)
    {
        var input = reader.Input;
        var locals = node.Code.VarNames.Length;
        node.Sp = input.Int("frame stack pointer", node.Values.Length);
        if (node.Sp < locals) throw reader.Error($"stack pointer {node.Sp} is inside the {locals} locals");
        for (var i = 0; i < node.Sp; i++) node.Values[i] = reader.OptionalRef<PyObject>("frame value");
        node.Ip = input.Int("instruction pointer", node.Code.Instructions.Length);
        if (node.Cells is { } cells)
            for (var i = 0; i < cells.Length; i++) cells[i] = reader.Ref<PyCell>("frame cell");
        node.Back = reader.OptionalRef<Frame>("calling frame");
        var blockCount = input.Count("block count", 3);
        node.Blocks = new Block[blockCount];
        for (var i = 0; i < blockCount; i++)
        {
            node.Blocks[i] = new Block
            {
                Handler = input.SignedInt("block handler"),
                StackDepth = input.SignedInt("block stack depth"),
                IsHandlerBody = input.Bool("block is a handler body"),
            };
        }
        node.BlockCount = blockCount;
        node.Generator = reader.OptionalRef<PyGenerator>("frame generator");
        var mode = input.Byte("resume mode");
        // Nested frames never outlive the native that started them, so a snapshot cannot hold one.
        if (mode > (byte)ResumeMode.ASend || mode == (byte)ResumeMode.Nested) throw reader.Error($"unknown resume mode {mode}");
        node.Mode = (ResumeMode)mode;
        node.ExitTarget = input.SignedInt("exit target");
        node.Default = reader.OptionalRef<PyObject>("next() default");
        node.RetrySlot = input.SignedInt("retry slot");
        node.RetryIp = input.SignedInt("retry instruction");
        node.RetryOriginal = reader.OptionalRef<PyObject>("retry iterable");
        node.LocalsDict = reader.OptionalRef<PyDict>("class namespace");
    }
}

internal sealed class GeneratorCodec : NodeCodec<PyGenerator>
{
    protected override void Construction(PyGenerator node, RecordSink sink)
    {
        sink.Ref(node.Frame);
        sink.String(node.Name);
        sink.String(node.QualName);
        sink.Byte((byte)((node.Running ? 1 : 0) | (node.Finished ? 2 : 0) | (node.Started ? 4 : 0) | ((int)node.Kind << 3)));
    }

    protected override PyGenerator Construct(GraphReader reader)
    {
        var frame = reader.Ref<Frame>("generator frame");
        var name = reader.Input.String("generator name");
        var qualName = reader.Input.String("generator qualname");
        var flags = reader.Input.Byte("generator state");
        if (flags > 7 + ((int)GeneratorKind.AsyncGenerator << 3)) throw reader.Error($"unknown generator state {flags}");
        var kind = (GeneratorKind)(flags >> 3);
        if (kind != GeneratorKind.Generator != frame.Code.IsCoroutine || (kind != GeneratorKind.Coroutine) != frame.Code.IsGenerator)
            throw reader.Error($"a {kind} runs code of another kind");
        var generator = new PyGenerator(frame, name, qualName, kind)
        {
            Running = (flags & 1) != 0,
            Finished = (flags & 2) != 0,
            Started = (flags & 4) != 0,
        };
        reader.Context.Generators.Add(generator);
        return generator;
    }
}

using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

/// <summary>What kind of suspendable function produced a generator-like object.</summary>
internal enum GeneratorKind : byte { Generator, Coroutine, AsyncGenerator }

/// <summary>A generator, coroutine or async generator: a suspended frame that the VM resumes in
/// place on its frame stack. The three share the machinery; the kind decides the protocols.</summary>
internal sealed class PyGenerator(Frame frame, string name, string qualName, GeneratorKind kind = GeneratorKind.Generator) : PyObject
{
    public Frame Frame { get; } = frame;

    public string Name { get; } = name;

    public string QualName { get; } = qualName;

    public GeneratorKind Kind { get; } = kind;

    /// <summary>True while the generator's frame is on the VM's frame stack.</summary>
    public bool Running { get; set; }

    /// <summary>True once the frame has returned or raised; further resumes stop immediately.</summary>
    public bool Finished { get; set; }

    /// <summary>True once the frame has run at least until its first yield.</summary>
    public bool Started { get; set; }

    public bool IsCoroutine => Kind == GeneratorKind.Coroutine;

    public override PyType Type => Kind switch
    {
        GeneratorKind.Coroutine => AsyncTypes.Coroutine,
        GeneratorKind.AsyncGenerator => AsyncTypes.AsyncGenerator,
        _ => PyTypes.Generator,
    };
}

using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

/// <summary>A generator: a suspended frame that the VM resumes in place on its frame stack.</summary>
internal sealed class PyGenerator(Frame frame, string name, string qualName) : PyObject
{
    public Frame Frame { get; } = frame;

    public string Name { get; } = name;

    public string QualName { get; } = qualName;

    /// <summary>True while the generator's frame is on the VM's frame stack.</summary>
    public bool Running { get; set; }

    /// <summary>True once the frame has returned or raised; further resumes stop immediately.</summary>
    public bool Finished { get; set; }

    /// <summary>True once the frame has run at least until its first yield.</summary>
    public bool Started { get; set; }

    public override PyType Type => PyTypes.Generator;
}

namespace Monty.Engine.Objects;

/// <summary>A growable character buffer shared by the strings produced by repeated concatenation:
/// each such string is a prefix of it, so appending to the newest one never copies the others.</summary>
internal sealed class ConcatBuffer
{
    private char[] _chars;

    public ConcatBuffer(string initial, int capacity)
    {
        _chars = new char[Math.Max(capacity, initial.Length)];
        initial.CopyTo(0, _chars, 0, initial.Length);
        Length = initial.Length;
    }

    public int Length { get; private set; }

    public void Append(string text)
    {
        if (Length + text.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + text.Length));
        text.CopyTo(0, _chars, Length, text.Length);
        Length += text.Length;
    }

    public string ToString(int length) => new(_chars, 0, length);
}

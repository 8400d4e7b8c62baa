using Monty.Engine.Compilation;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Prelude code objects are compiled once per process from the embedded Prelude/*.py, so
/// a snapshot names them by their path of constant indices from the prelude module code instead
/// of copying them. A fingerprint of the prelude source guards against resolving a path against
/// a different prelude.</summary>
internal static class PreludeCodeIndex
{
    private static readonly Lazy<(Dictionary<CodeObject, int[]> Paths, ulong Fingerprint)> Index = new(Build);

    public static ulong Fingerprint => Index.Value.Fingerprint;

    public static bool TryGetPath(CodeObject code, out int[] path) => Index.Value.Paths.TryGetValue(code, out path!);

    /// <summary>Follows a path; null when it does not lead to a code object.</summary>
    public static CodeObject? Resolve(IReadOnlyList<int> path)
    {
        var code = Prelude.ModuleCode;
        foreach (var index in path)
        {
            if (index < 0 || index >= code.Constants.Length || code.Constants[index] is not CodeObject inner) return null;
            code = inner;
        }
        return code;
    }

    private static (Dictionary<CodeObject, int[]>, ulong) Build()
    {
        var root = Prelude.ModuleCode;
        var paths = new Dictionary<CodeObject, int[]>(ReferenceEqualityComparer.Instance) { [root] = [] };
        var work = new Stack<CodeObject>();
        work.Push(root);
        while (work.Count > 0)
        {
            var code = work.Pop();
            var path = paths[code];
            for (var i = 0; i < code.Constants.Length; i++)
            {
                if (code.Constants[i] is CodeObject inner && paths.TryAdd(inner, [.. path, i])) work.Push(inner);
            }
        }
        // FNV-1a over the source: any edit to the prelude changes it.
        var hash = 14695981039346656037UL;
        foreach (var line in root.SourceLines)
        {
            foreach (var c in line)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ '\n') * 1099511628211UL;
        }
        return (paths, hash);
    }
}

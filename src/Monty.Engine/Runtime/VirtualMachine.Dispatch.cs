using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Runtime;

internal sealed partial class VirtualMachine
{
    /// <summary>The dispatch loop. Frame state lives in locals for speed and is written back to the
    /// frame whenever control leaves the frame (call, return, yield, exception, suspension).</summary>
    private VmState Execute()
    {
        Frame f;
        PyObject?[] v;
        int[] code;
        PyObject[] consts;
        int sp;
        int ip;
    Reload:
        f = Top!;
        v = f.Values;
        code = f.Code.Instructions;
        consts = f.Code.Constants;
        sp = f.Sp;
        ip = f.Ip;
        try
        {
            while (true)
            {
                var word = code[ip++];
                var arg = word >> 8;
                switch ((OpCode)(byte)word)
                {
                    case OpCode.Nop:
                        continue;
                    case OpCode.LoadConst:
                        v[sp++] = consts[arg];
                        continue;
                    case OpCode.Pop:
                        v[--sp] = null;
                        continue;
                    case OpCode.Copy:
                        v[sp] = v[sp - arg];
                        sp++;
                        continue;
                    case OpCode.Swap:
                        (v[sp - 1], v[sp - arg]) = (v[sp - arg], v[sp - 1]);
                        continue;
                    case OpCode.LoadFast:
                        v[sp++] = v[arg] ?? throw PyErrors.UnboundLocal(f.Code.VarNames[arg]);
                        continue;
                    case OpCode.StoreFast:
                        v[arg] = v[--sp];
                        v[sp] = null;
                        continue;
                    case OpCode.DeleteFast:
                        if (v[arg] is null) throw PyErrors.UnboundLocal(f.Code.VarNames[arg]);
                        v[arg] = null;
                        continue;
                    case OpCode.LoadDeref:
                        v[sp++] = f.Cells![arg].Contents ?? throw DerefError(f.Code, arg);
                        continue;
                    case OpCode.StoreDeref:
                        f.Cells![arg].Contents = v[--sp];
                        v[sp] = null;
                        continue;
                    case OpCode.DeleteDeref:
                        if (f.Cells![arg].Contents is null) throw DerefError(f.Code, arg);
                        f.Cells[arg].Contents = null;
                        continue;
                    case OpCode.LoadClosure:
                        v[sp++] = f.Cells![arg];
                        continue;
                    case OpCode.LoadGlobal:
                        {
                            var slot = f.GlobalSlots[arg];
                            v[sp++] = slot.Value ?? slot.Builtin ?? throw PyErrors.NameError(slot.Name);
                            continue;
                        }
                    case OpCode.StoreGlobal:
                        f.GlobalSlots[arg].Value = v[--sp];
                        v[sp] = null;
                        continue;
                    case OpCode.DeleteGlobal:
                        {
                            var slot = f.GlobalSlots[arg];
                            if (slot.Value is null) throw PyErrors.NameError(slot.Name);
                            slot.Value = null;
                            continue;
                        }
                    case OpCode.LoadName:
                        {
                            var name = f.Code.Names[arg];
                            if (f.LocalsDict?.GetStr(name) is { } local)
                            {
                                v[sp++] = local;
                                continue;
                            }
                            var slot = f.GlobalSlots[arg];
                            v[sp++] = slot.Value ?? slot.Builtin ?? throw PyErrors.NameError(slot.Name);
                            continue;
                        }
                    case OpCode.StoreName:
                        if (f.LocalsDict is { } ld) ld.SetStr(f.Code.Names[arg], v[--sp]!);
                        else f.GlobalSlots[arg].Value = v[--sp];
                        v[sp] = null;
                        continue;
                    case OpCode.DeleteName:
                        if (f.LocalsDict is { } dl)
                        {
                            if (dl.Table.Remove(PyStr.Of(f.Code.Names[arg])) is null) throw PyErrors.NameError(f.Code.Names[arg]);
                        }
                        else
                        {
                            var slot = f.GlobalSlots[arg];
                            if (slot.Value is null) throw PyErrors.NameError(slot.Name);
                            slot.Value = null;
                        }
                        continue;
                    case OpCode.LoadAttr:
                        {
                            if (v[sp - 1] is PyInstance plain && ObjectAttributes.TryGetPlain(plain, f.Code.Names[arg], out var stored))
                            {
                                v[sp - 1] = stored;
                                continue;
                            }
                            var attr = Attributes.Load(v[sp - 1]!, f.Code.Names[arg]);
                            if (attr is TailCall call)
                            {
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(call, 1, ResumeMode.Call);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 1, 1);
                                sp -= 1;
                                v[sp++] = res;
                                continue;
                            }
                            v[sp - 1] = attr;
                            continue;
                        }
                    case OpCode.LoadMethod:
                        {
                            var self = v[sp - 1]!;
                            if (self is PyInstance instance && ObjectAttributes.PlainMethod(instance, f.Code.Names[arg]) is { } method)
                            {
                                v[sp - 1] = method;
                                v[sp++] = self;
                                continue;
                            }
                            // Anything else is an ordinary attribute load under a null marker.
                            v[sp - 1] = null;
                            v[sp++] = self;
                            goto case OpCode.LoadAttr;
                        }
                    case OpCode.StoreAttr:
                        {
                            if (Attributes.Store(v[sp - 1]!, f.Code.Names[arg], v[sp - 2]!) is { } call)
                            {
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(call, 2, ResumeMode.Discard);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 2, 2);
                                sp -= 2;
                                continue;
                            }
                            sp -= 2;
                            v[sp] = v[sp + 1] = null;
                            continue;
                        }
                    case OpCode.DeleteAttr:
                        {
                            if (Attributes.Remove(v[sp - 1]!, f.Code.Names[arg]) is { } call)
                            {
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(call, 1, ResumeMode.Discard);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 1, 1);
                                sp -= 1;
                                continue;
                            }
                            v[--sp] = null;
                            continue;
                        }
                    case OpCode.BinarySubscr:
                        {
                            var container = v[sp - 2]!;
                            PyObject? instead = null;
                            if (UserProtocol.Dispatches(container, "__getitem__"))
                            {
                                instead = Prelude.Get("__getitem");
                            }
                            else if (container is PyDictInstance subDict)
                            {
                                // A dict subclass's __missing__ (defaultdict, Counter) runs as a frame, so it may call the host.
                                if (subDict.Table.Get(v[sp - 1]!) is { } found)
                                {
                                    v[--sp] = null;
                                    v[sp - 1] = found;
                                    continue;
                                }
                                instead = subDict.Type.LookupUserSpecial("__missing__");
                            }
                            if (instead is not null)
                            {
                                PyObject[] insteadArgs = [container, v[sp - 1]!];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(instead, insteadArgs, 2, ResumeMode.Call);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 2, 2);
                                sp -= 2;
                                v[sp++] = res;
                                continue;
                            }
                            var result = Subscript.Get(v[sp - 2]!, v[sp - 1]!);
                            v[--sp] = null;
                            v[sp - 1] = result;
                            continue;
                        }
                    case OpCode.StoreSubscr:
                        // [value, container, key]
                        if (UserProtocol.Dispatches(v[sp - 2]!, "__setitem__"))
                        {
                                PyObject[] insteadArgs = [v[sp - 2]!, v[sp - 1]!, v[sp - 3]!];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(Prelude.Get("__setitem"), insteadArgs, 3, ResumeMode.Discard);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 3, 3);
                                sp -= 3;
                                continue;
                        }
                        Subscript.Set(v[sp - 2]!, v[sp - 1]!, v[sp - 3]!);
                        sp -= 3;
                        v[sp] = v[sp + 1] = v[sp + 2] = null;
                        continue;
                    case OpCode.DeleteSubscr:
                        if (UserProtocol.Dispatches(v[sp - 2]!, "__delitem__"))
                        {
                                PyObject[] insteadArgs = [v[sp - 2]!, v[sp - 1]!];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(Prelude.Get("__delitem"), insteadArgs, 2, ResumeMode.Discard);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 2, 2);
                                sp -= 2;
                                continue;
                        }
                        Subscript.Delete(v[sp - 2]!, v[sp - 1]!);
                        sp -= 2;
                        v[sp] = v[sp + 1] = null;
                        continue;
                    case OpCode.BuildSlice:
                        if (arg == 3)
                        {
                            var slice = new PySlice(v[sp - 3]!, v[sp - 2]!, v[sp - 1]!);
                            sp -= 2;
                            v[sp] = v[sp + 1] = null;
                            v[sp - 1] = slice;
                        }
                        else
                        {
                            var slice = new PySlice(v[sp - 2]!, v[sp - 1]!, PySingleton.None);
                            v[--sp] = null;
                            v[sp - 1] = slice;
                        }
                        continue;
                    case OpCode.BinaryOp:
                        {
                            var b = v[sp - 1]!;
                            var a = v[sp - 2]!;
                            // Small ints take the 64-bit path inline; two bools keep bool results for & | ^.
                            if (a is PyInt x && b is PyInt y && !(a is PyBool && b is PyBool)
                                && Arithmetic.SmallInt((BinaryOp)(arg & 15), x.Value, y.Value) is { } small)
                            {
                                v[--sp] = null;
                                v[sp - 1] = small;
                                continue;
                            }
                            if (UserProtocol.DispatchesBinary((BinaryOp)(arg & 15), a, b))
                            {
                                PyObject[] insteadArgs = [a, b, PyInt.Get(arg & 15), PyBool.Of(arg >= 16)];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(Prelude.Get("__binop"), insteadArgs, 2, ResumeMode.Call);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 2, 2);
                                sp -= 2;
                                v[sp++] = res;
                                continue;
                            }
                            var result = Arithmetic.Binary((BinaryOp)(arg & 15), a, b, arg >= 16);
                            v[--sp] = null;
                            v[sp - 1] = result;
                            continue;
                        }
                    case OpCode.UnaryOp:
                        if (UserProtocol.IsUser(v[sp - 1]!))
                        {
                                PyObject[] insteadArgs = [v[sp - 1]!, PyInt.Get(arg)];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(Prelude.Get("__unary"), insteadArgs, 1, ResumeMode.Call);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 1, 1);
                                sp -= 1;
                                v[sp++] = res;
                                continue;
                        }
                        v[sp - 1] = Ops.Unary((UnaryOp)arg, v[sp - 1]!);
                        continue;
                    case OpCode.CompareOp:
                        {
                            var b = v[sp - 1]!;
                            var a = v[sp - 2]!;
                            PyObject result;
                            if (a is PyInt ia && b is PyInt ib)
                            {
                                var (p, q) = (ia.Value, ib.Value);
                                result = (CompareOp)arg switch
                                {
                                    CompareOp.Lt => PyBool.Of(p < q),
                                    CompareOp.LtE => PyBool.Of(p <= q),
                                    CompareOp.Gt => PyBool.Of(p > q),
                                    CompareOp.GtE => PyBool.Of(p >= q),
                                    CompareOp.Eq => PyBool.Of(p == q),
                                    CompareOp.NotEq => PyBool.Of(p != q),
                                    _ => Compare((CompareOp)arg, a, b),
                                };
                            }
                            else if ((CompareOp)arg is CompareOp.In or CompareOp.NotIn
                                         ? UserProtocol.Dispatches(b, "__contains__")
                                         : (CompareOp)arg is not (CompareOp.Is or CompareOp.IsNot) && UserProtocol.DispatchesCompare((CompareOp)arg, a, b))
                            {
                                PyObject[] insteadArgs = [a, b, PyInt.Get(arg)];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(Prelude.Get("__compare"), insteadArgs, 2, ResumeMode.Call);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 2, 2);
                                sp -= 2;
                                v[sp++] = res;
                                continue;
                            }
                            else
                            {
                                result = Compare((CompareOp)arg, a, b);
                            }
                            v[--sp] = null;
                            v[sp - 1] = result;
                            continue;
                        }
                    case OpCode.BuildTuple:
                        {
                            if (arg == 0)
                            {
                                v[sp++] = PyTuple.Empty;
                                continue;
                            }
                            var items = new PyObject[arg];
                            sp -= arg;
                            Array.Copy(v, sp, items, 0, arg);
                            Array.Clear(v, sp, arg);
                            v[sp++] = new PyTuple(items);
                            continue;
                        }
                    case OpCode.BuildList:
                        {
                            var items = new List<PyObject>(Math.Max(arg, 4));
                            sp -= arg;
                            for (var i = 0; i < arg; i++)
                            {
                                items.Add(v[sp + i]!);
                                v[sp + i] = null;
                            }
                            v[sp++] = new PyList(items);
                            continue;
                        }
                    case OpCode.BuildSet:
                        {
                            var set = new PySet(false);
                            sp -= arg;
                            for (var i = 0; i < arg; i++)
                            {
                                set.Add(v[sp + i]!);
                                v[sp + i] = null;
                            }
                            v[sp++] = set;
                            continue;
                        }
                    case OpCode.BuildMap:
                        {
                            var dict = new PyDict();
                            sp -= arg * 2;
                            for (var i = 0; i < arg; i++)
                            {
                                dict.Set(v[sp + 2 * i]!, v[sp + 2 * i + 1]!);
                                v[sp + 2 * i] = v[sp + 2 * i + 1] = null;
                            }
                            v[sp++] = dict;
                            continue;
                        }
                    case OpCode.ListAppend:
                        ((PyList)v[sp - 1 - arg]!).Items.Add(v[--sp]!);
                        v[sp] = null;
                        if ((((PyList)v[sp - arg]!).Count & 255) == 0) Limits.Budget.ChargeContainer(256);
                        continue;
                    case OpCode.SetAdd:
                        ((PySet)v[sp - 1 - arg]!).Add(v[--sp]!);
                        v[sp] = null;
                        continue;
                    case OpCode.MapAdd:
                        ((PyDict)v[sp - 2 - arg]!).Set(v[sp - 2]!, v[sp - 1]!);
                        sp -= 2;
                        v[sp] = v[sp + 1] = null;
                        continue;
                    case OpCode.ListExtend:
                        ((PyList)v[sp - 1 - arg]!).Items.AddRange(Iteration.ToList(v[sp - 1]!));
                        v[--sp] = null;
                        continue;
                    case OpCode.SetUpdate:
                        {
                            var set = (PySet)v[sp - 1 - arg]!;
                            foreach (var item in Iteration.ToList(v[sp - 1]!)) set.Add(item);
                            v[--sp] = null;
                            continue;
                        }
                    case OpCode.DictUpdate:
                    case OpCode.DictMerge:
                        MergeMapping((PyDict)v[sp - 1 - arg]!, v[sp - 1]!, (OpCode)(byte)word == OpCode.DictMerge, (OpCode)(byte)word == OpCode.DictMerge ? v[sp - 3 - arg] : null);
                        v[--sp] = null;
                        continue;
                    case OpCode.ListToTuple:
                        v[sp - 1] = new PyTuple([.. ((PyList)v[sp - 1]!).Items]);
                        continue;
                    case OpCode.UnpackSequence:
                        {
                            var items = Unpacking.Exact(v[sp - 1]!, arg);
                            sp--;
                            for (var i = arg - 1; i >= 0; i--) v[sp++] = items[i];
                            continue;
                        }
                    case OpCode.UnpackEx:
                        {
                            var items = Unpacking.Starred(v[sp - 1]!, arg & 0xFF, arg >> 8);
                            sp--;
                            for (var i = items.Length - 1; i >= 0; i--) v[sp++] = items[i];
                            continue;
                        }
                    case OpCode.FormatValue:
                        {
                            PyObject? spec = null;
                            if ((arg & 4) != 0)
                            {
                                spec = v[--sp];
                                v[sp] = null;
                            }
                            v[sp - 1] = PyStr.Of(StringFormatting.FormatValue(v[sp - 1]!, arg & 3, spec is null ? null : ((PyStr)spec).Value));
                            continue;
                        }
                    case OpCode.BuildString:
                        {
                            sp -= arg;
                            var parts = new string[arg];
                            long total = 0;
                            for (var i = 0; i < arg; i++)
                            {
                                parts[i] = ((PyStr)v[sp + i]!).Value;
                                total += parts[i].Length;
                                v[sp + i] = null;
                            }
                            Limits.Budget.ChargeString(total);
                            v[sp++] = PyStr.Of(string.Concat(parts));
                            continue;
                        }
                    case OpCode.Jump:
                        if (arg < ip && --_ticks <= 0) Tick();
                        ip = arg;
                        continue;
                    case OpCode.PopJumpIfFalse:
                        {
                            var c = v[--sp]!;
                            v[sp] = null;
                            if (!(ReferenceEquals(c, PyBool.True) || (!ReferenceEquals(c, PyBool.False) && Ops.Truthy(c)))) ip = arg;
                            continue;
                        }
                    case OpCode.PopJumpIfTrue:
                        {
                            var c = v[--sp]!;
                            v[sp] = null;
                            if (ReferenceEquals(c, PyBool.True) || (!ReferenceEquals(c, PyBool.False) && Ops.Truthy(c))) ip = arg;
                            continue;
                        }
                    case OpCode.PopJumpIfNotNone:
                        {
                            var c = v[--sp]!;
                            v[sp] = null;
                            if (!ReferenceEquals(c, PySingleton.None)) ip = arg;
                            continue;
                        }
                    case OpCode.JumpIfFalseOrPop:
                        if (!Ops.Truthy(v[sp - 1]!)) ip = arg;
                        else v[--sp] = null;
                        continue;
                    case OpCode.JumpIfTrueOrPop:
                        if (Ops.Truthy(v[sp - 1]!)) ip = arg;
                        else v[--sp] = null;
                        continue;
                    case OpCode.GetIter:
                        if (UserProtocol.Dispatches(v[sp - 1]!, "__iter__"))
                        {
                                PyObject[] insteadArgs = [v[sp - 1]!];
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                var res = InvokeInstead(Prelude.Get("__for_iter"), insteadArgs, 1, ResumeMode.Call);
                                sp = f.Sp;
                                if (res is null) goto Reload;
                                if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                                Array.Clear(v, sp - 1, 1);
                                sp -= 1;
                                v[sp++] = res;
                                continue;
                        }
                        v[sp - 1] = Iteration.GetIter(v[sp - 1]!);
                        continue;
                    case OpCode.ForIter:
                        {
                            if (--_ticks <= 0) Tick();
                            var it = v[sp - 1]!;
                            if (it is PyIterator native)
                            {
                                var item = native.Next();
                                if (item is not null)
                                {
                                    v[sp++] = item;
                                }
                                else
                                {
                                    v[--sp] = null;
                                    ip = arg;
                                }
                                continue;
                            }
                            f.Ip = ip;
                            f.Sp = sp;
                            ResumeGenerator((PyGenerator)it, PySingleton.None, ResumeMode.ForIter, arg, null);
                            goto Reload;
                        }
                    case OpCode.ReturnValue:
                        {
                            var value = v[--sp]!;
                            v[sp] = null;
                            f.Sp = sp;
                            f.Ip = ip;
                            if (f.Mode == ResumeMode.Nested) return ReturnFromNested(f, value);
                            if (f.Back is null && f.Generator is null) return Complete(value);
                            FinishFrame(f, value);
                            goto Reload;
                        }
                    case OpCode.YieldValue:
                        {
                            var value = v[--sp]!;
                            v[sp] = null;
                            f.Sp = sp;
                            f.Ip = ip;
                            HandleYield(f, value);
                            goto Reload;
                        }
                    case OpCode.Call:
                        {
                            var callable = v[sp - 1 - arg]!;
                            if (--_ticks <= 0) Tick();
                            if (callable is PyFunction fn && fn.Code.Flags == CodeFlags.Simple && fn.Code.ArgCount == arg)
                            {
                                // Fast path: exact positional call of a plain function.
                                var frame = NewFrame(fn);
                                Array.Copy(v, sp - arg, frame.Values, 0, arg);
                                Array.Clear(v, sp - 1 - arg, arg + 1);
                                sp -= arg + 1;
                                f.Sp = sp;
                                f.Ip = ip;
                                PushFrame(frame);
                                goto Reload;
                            }
                            if (callable is PyBoundMethod { Function: PyFunction mf } bound && mf.Code.Flags == CodeFlags.Simple && mf.Code.ArgCount == arg + 1)
                            {
                                // Fast path: a method of a plain function, called with exact positionals.
                                var frame = NewFrame(mf);
                                frame.Values[0] = bound.Self;
                                Array.Copy(v, sp - arg, frame.Values, 1, arg);
                                Array.Clear(v, sp - 1 - arg, arg + 1);
                                sp -= arg + 1;
                                f.Sp = sp;
                                f.Ip = ip;
                                PushFrame(frame);
                                goto Reload;
                            }
                            if (callable is PyType { IsBuiltin: false } cls && ConstructionPlan.Of(cls) is { IsPlain: true, Init: { } init }
                                && init.Code.Flags == CodeFlags.Simple && init.Code.ArgCount == arg + 1)
                            {
                                // Fast path: a plain class whose Python __init__ takes exactly these positionals.
                                Limits.Budget.ChargeObject();
                                var instance = new PyInstance(cls);
                                var frame = NewFrame(init);
                                frame.Values[0] = instance;
                                Array.Copy(v, sp - arg, frame.Values, 1, arg);
                                Array.Clear(v, sp - 1 - arg, arg + 1);
                                sp -= arg + 1;
                                f.Sp = sp;
                                f.Ip = ip;
                                PushFrame(frame);
                                frame.Mode = ResumeMode.Init;
                                frame.Default = instance;
                                goto Reload;
                            }
                            var args = new PyObject[arg];
                            Array.Copy(v, sp - arg, args, 0, arg);
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var result = Invoke(callable, args, null, arg + 1);
                            sp = f.Sp;
                            if (result is null) goto Reload;
                            if (ReferenceEquals(result, SuspendMarker)) return VmState.Suspended;
                            Array.Clear(v, sp - 1 - arg, arg + 1);
                            sp -= arg + 1;
                            v[sp++] = result;
                            continue;
                        }
                    case OpCode.CallMethod:
                        {
                            // [function, self, args...] or [null, callable, args...]; the stack keeps this
                            // shape until the call is made, since a Retry re-runs this instruction.
                            var method = v[sp - 2 - arg];
                            if (--_ticks <= 0) Tick();
                            PyObject[] args;
                            if (method is null)
                            {
                                method = v[sp - 1 - arg]!;
                                if (method is PyFunction pf && pf.Code.Flags == CodeFlags.Simple && pf.Code.ArgCount == arg)
                                {
                                    var frame = NewFrame(pf);
                                    Array.Copy(v, sp - arg, frame.Values, 0, arg);
                                    Array.Clear(v, sp - 2 - arg, arg + 2);
                                    sp -= arg + 2;
                                    f.Sp = sp;
                                    f.Ip = ip;
                                    PushFrame(frame);
                                    goto Reload;
                                }
                                args = new PyObject[arg];
                                Array.Copy(v, sp - arg, args, 0, arg);
                            }
                            else if (method is PyFunction mf && mf.Code.Flags == CodeFlags.Simple && mf.Code.ArgCount == arg + 1)
                            {
                                // Fast path: self and the positionals go straight into the new frame.
                                var frame = NewFrame(mf);
                                Array.Copy(v, sp - 1 - arg, frame.Values, 0, arg + 1);
                                Array.Clear(v, sp - 2 - arg, arg + 2);
                                sp -= arg + 2;
                                f.Sp = sp;
                                f.Ip = ip;
                                PushFrame(frame);
                                goto Reload;
                            }
                            else
                            {
                                args = new PyObject[arg + 1];
                                Array.Copy(v, sp - 1 - arg, args, 0, arg + 1);
                            }
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var result = Invoke(method, args, null, arg + 2);
                            sp = f.Sp;
                            if (result is null) goto Reload;
                            if (ReferenceEquals(result, SuspendMarker)) return VmState.Suspended;
                            Array.Clear(v, sp - 2 - arg, arg + 2);
                            sp -= arg + 2;
                            v[sp++] = result;
                            continue;
                        }
                    case OpCode.CallKw:
                        {
                            var names = (PyTuple)v[sp - 1]!;
                            var nk = names.Count;
                            var np = arg - nk;
                            var baseIndex = sp - 1 - arg;
                            var callable = v[baseIndex - 1]!;
                            var args = new PyObject[np];
                            Array.Copy(v, baseIndex, args, 0, np);
                            var kwNames = new string[nk];
                            var kwValues = new PyObject[nk];
                            for (var i = 0; i < nk; i++)
                            {
                                kwNames[i] = ((PyStr)names.Items[i]).Value;
                                kwValues[i] = v[baseIndex + np + i]!;
                            }
                            if (--_ticks <= 0) Tick();
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var result = Invoke(callable, args, new KeywordArgs(kwNames, kwValues), arg + 2);
                            sp = f.Sp;
                            if (result is null) goto Reload;
                            if (ReferenceEquals(result, SuspendMarker)) return VmState.Suspended;
                            Array.Clear(v, baseIndex - 1, arg + 2);
                            sp -= arg + 2;
                            v[sp++] = result;
                            continue;
                        }
                    case OpCode.CallEx:
                        {
                            var kwargs = arg == 1 ? (PyDict)v[sp - 1]! : null;
                            var argsIndex = sp - 1 - arg;
                            var callable = v[argsIndex - 1]!;
                            var args = ((PyTuple)v[argsIndex]!).Items;
                            var keywords = kwargs is null || kwargs.Count == 0 ? null : ToKeywordArgs(kwargs);
                            if (--_ticks <= 0) Tick();
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var result = Invoke(callable, args, keywords, arg + 2);
                            sp = f.Sp;
                            if (result is null) goto Reload;
                            if (ReferenceEquals(result, SuspendMarker)) return VmState.Suspended;
                            Array.Clear(v, argsIndex - 1, arg + 2);
                            sp -= arg + 2;
                            v[sp++] = result;
                            continue;
                        }
                    case OpCode.MakeFunction:
                        {
                            var codeObj = (CodeObject)v[--sp]!;
                            var closure = (arg & 4) != 0 ? ToCells((PyTuple)v[--sp]!) : null;
                            var kwDefaults = (arg & 2) != 0 ? (PyDict)v[--sp]! : null;
                            var defaults = (arg & 1) != 0 ? ((PyTuple)v[--sp]!).Items : [];
                            Array.Clear(v, sp, 1 + System.Numerics.BitOperations.PopCount((uint)arg));
                            v[sp++] = new PyFunction(codeObj, f.Globals, defaults, kwDefaults, closure);
                            continue;
                        }
                    case OpCode.SetupExcept:
                        f.Sp = sp;
                        f.PushBlock(arg, false);
                        continue;
                    case OpCode.SetupHandler:
                        f.Sp = sp;
                        f.PushBlock(0, true);
                        continue;
                    case OpCode.PopBlock:
                        f.BlockCount--;
                        continue;
                    case OpCode.PopExcept:
                        {
                            var block = f.Blocks[--f.BlockCount];
                            _handled = v[block.StackDepth - 2] as PyBaseException;
                            continue;
                        }
                    case OpCode.CheckExcMatch:
                        v[sp - 1] = PyBool.Of(ExceptionMatches((PyBaseException)v[sp - 2]!, v[sp - 1]!));
                        continue;
                    case OpCode.Raise:
                        {
                            f.Ip = ip;
                            PyBaseException exc;
                            if (arg == 0)
                            {
                                exc = _handled ?? throw PyErrors.RuntimeError("No active exception to reraise");
                                exc.LastFrame = f;
                            }
                            else if (arg == 1)
                            {
                                exc = MakeException(v[sp - 1]!);
                            }
                            else
                            {
                                exc = MakeException(v[sp - 2]!);
                                var cause = v[sp - 1]!;
                                exc.Cause = ReferenceEquals(cause, PySingleton.None) ? null : MakeCause(cause);
                                exc.SuppressContext = true;
                            }
                            throw new PyException(exc);
                        }
                    case OpCode.Reraise:
                        {
                            var exc = (PyBaseException)v[--sp]!;
                            v[sp] = null;
                            exc.LastFrame = f;
                            throw new PyException(exc);
                        }
                    case OpCode.BeforeWith:
                        {
                            var (exit, enter) = ContextManager.Methods(v[sp - 1]!);
                            v[sp - 1] = exit;
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var res = InvokeInstead(enter, [], 0, ResumeMode.Call);
                            sp = f.Sp;
                            if (res is null) goto Reload;
                            if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                            v[sp++] = res;
                            continue;
                        }
                    case OpCode.WithExceptStart:
                        {
                            var exc = (PyBaseException)v[sp - 1]!;
                            PyObject[] exitArgs = [exc.ExceptionType, exc, PySingleton.None];
                            var exit = v[sp - 3]!;
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var res = InvokeInstead(exit, exitArgs, 0, ResumeMode.Call);
                            sp = f.Sp;
                            if (res is null) goto Reload;
                            if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                            v[sp++] = res;
                            continue;
                        }
                    case OpCode.LoadBuildClass:
                        v[sp++] = Builtins.BuiltinsTable.Lookup("__build_class__")!;
                        continue;
                    case OpCode.LoadAssertionError:
                        v[sp++] = ExceptionTypes.AssertionError;
                        continue;
                    case OpCode.GetYieldFromIter:
                        if (UserProtocol.IsUser(v[sp - 1]!))
                        {
                            // yield from a user iterable: iterate it by protocol, as GetIter does.
                            PyObject[] insteadArgs = [v[sp - 1]!];
                            f.Ip = ip;
                            f.Sp = sp;
                            sp = -1;
                            var res = InvokeInstead(Prelude.Get("__for_iter"), insteadArgs, 1, ResumeMode.Call);
                            sp = f.Sp;
                            if (res is null) goto Reload;
                            if (ReferenceEquals(res, SuspendMarker)) return VmState.Suspended;
                            Array.Clear(v, sp - 1, 1);
                            sp -= 1;
                            v[sp++] = res;
                            continue;
                        }
                        if (v[sp - 1] is not PyGenerator) v[sp - 1] = Iteration.GetIter(v[sp - 1]!);
                        continue;
                    case OpCode.Send:
                        {
                            var value = v[--sp]!;
                            v[sp] = null;
                            var sub = v[sp - 1]!;
                            if (sub is PyGenerator gen)
                            {
                                f.Ip = ip;
                                f.Sp = sp;
                                ResumeGenerator(gen, value, ResumeMode.Send, arg, null);
                                goto Reload;
                            }
                            if (sub is not PyIterator)
                            {
                                f.Ip = ip;
                                f.Sp = sp;
                                AsyncSend(f, sub, value, arg);
                                goto Reload;
                            }
                            var item = ((PyIterator)sub).Next();
                            if (item is null)
                            {
                                v[sp - 1] = PySingleton.None;
                                ip = arg;
                            }
                            else
                            {
                                v[sp++] = item;
                            }
                            continue;
                        }
                    case OpCode.ImportName:
                        v[sp++] = Modules.ModuleRegistry.Import(f.Code.Names[arg]);
                        continue;
                    case OpCode.ImportFrom:
                        {
                            var module = (PyModule)v[sp - 1]!;
                            var name = f.Code.Names[arg];
                            v[sp++] = module.Dict.GetValueOrDefault(name) ?? throw PyErrors.New(ExceptionTypes.ImportError,
                                $"cannot import name '{name}' from '{module.Name}' (unknown location)");
                            continue;
                        }
                    case OpCode.ImportStar:
                        {
                            var module = (PyModule)v[--sp]!;
                            v[sp] = null;
                            foreach (var kv in module.Dict)
                                if (!kv.Key.StartsWith('_')) f.Globals.Set(kv.Key, kv.Value);
                            continue;
                        }
                    case OpCode.MatchSequence:
                        v[sp] = PyBool.Of(PatternMatching.IsSequence(v[sp - 1]!));
                        sp++;
                        continue;
                    case OpCode.MatchMapping:
                        v[sp] = PyBool.Of(PatternMatching.IsMapping(v[sp - 1]!));
                        sp++;
                        continue;
                    case OpCode.GetLen:
                        v[sp] = PyInt.Get(Ops.Len(v[sp - 1]!));
                        sp++;
                        continue;
                    case OpCode.MatchKeys:
                        v[sp] = PatternMatching.MatchKeys(v[sp - 2]!, (PyTuple)v[sp - 1]!);
                        sp++;
                        continue;
                    case OpCode.CopyDictWithoutKeys:
                        v[sp - 1] = PatternMatching.DictWithoutKeys(v[sp - 2]!, (PyTuple)v[sp - 1]!);
                        continue;
                    case OpCode.MatchClass:
                        {
                            var subject = v[sp - 3]!;
                            var names = PatternMatching.MatchClass(subject, v[sp - 2]!, (PyTuple)v[sp - 1]!, arg);
                            PyObject attrs;
                            if (names is PyTuple t && !PatternMatching.OnlySelf(t))
                            {
                                // getattr may run Python: fetch in a prelude frame that returns to this one.
                                f.Ip = ip;
                                f.Sp = sp;
                                sp = -1;
                                attrs = Invoke(Prelude.Get("__match_class_attrs"), [subject, t], null, 3)!;
                                sp = f.Sp;
                                if (attrs is null) goto Reload;
                            }
                            else
                            {
                                attrs = names is PyTuple self ? PatternMatching.SelfAttrs(subject, self) : names;
                            }
                            sp -= 2;
                            v[sp] = v[sp + 1] = null;
                            v[sp - 1] = attrs;
                            continue;
                        }
                    case OpCode.GetAwaitable:
                    case OpCode.AwaitTopLevel:
                    case OpCode.GetAIter:
                    case OpCode.GetANext:
                    case OpCode.EndAsyncFor:
                    case OpCode.AsyncGenWrap:
                    case OpCode.BeforeAsyncWith:
                        f.Ip = ip;
                        f.Sp = sp;
                        sp = -1;
                        if (ExecuteAsyncOp((OpCode)(byte)word, f) is { } state) return state;
                        goto Reload;
                    case OpCode.Unsupported:
                        throw PyErrors.Unsupported(((PyStr)consts[arg]).Value);
                    default:
                        throw new InvalidOperationException($"Unknown opcode {(OpCode)(byte)word} at {ip - 1} in {f.Code.QualName}.");
                }
            }
        }
        catch
        {
            // Save the frame's state unless a call already saved it (sp is -1 during Invoke,
            // which may pop the call's arguments before it throws).
            if (sp >= 0 && ReferenceEquals(Top, f))
            {
                f.Ip = ip;
                f.Sp = sp;
            }
            throw;
        }
    }

    private static PyException DerefError(CodeObject code, int index) =>
        index < code.CellVars.Length
            ? PyErrors.UnboundLocal(code.CellVars[index])
            : PyErrors.FreeVarUnbound(code.FreeVars[index - code.CellVars.Length]);

    private static PyCell[] ToCells(PyTuple tuple)
    {
        var cells = new PyCell[tuple.Count];
        for (var i = 0; i < cells.Length; i++) cells[i] = (PyCell)tuple.Items[i];
        return cells;
    }

    private static KeywordArgs ToKeywordArgs(PyDict kwargs)
    {
        var names = new string[kwargs.Count];
        var values = new PyObject[kwargs.Count];
        var i = 0;
        foreach (var kv in kwargs.Table.Entries())
        {
            names[i] = kv.Key is PyStr s ? s.Value : throw PyErrors.TypeError("keywords must be strings");
            values[i++] = kv.Value;
        }
        return new KeywordArgs(names, values);
    }

    private static PyObject Compare(CompareOp op, PyObject a, PyObject b)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return PyBool.Of(Ops.Eq(a, b));
            case CompareOp.NotEq:
                return PyBool.Of(!Ops.Eq(a, b));
            case CompareOp.Lt:
                return PyBool.Of(Comparison.Compare(a, b, Comparison.Op.Lt));
            case CompareOp.LtE:
                return PyBool.Of(Comparison.Compare(a, b, Comparison.Op.Le));
            case CompareOp.Gt:
                return PyBool.Of(Comparison.Compare(a, b, Comparison.Op.Gt));
            case CompareOp.GtE:
                return PyBool.Of(Comparison.Compare(a, b, Comparison.Op.Ge));
            case CompareOp.Is:
                return PyBool.Of(ReferenceEquals(a, b));
            case CompareOp.IsNot:
                return PyBool.Of(!ReferenceEquals(a, b));
            case CompareOp.In:
                return PyBool.Of(Ops.Contains(b, a));
            default:
                return PyBool.Of(!Ops.Contains(b, a));
        }
    }

    /// <summary>Merges a mapping into a dict for {**m} (update) and f(**m) (merge: duplicates are errors).</summary>
    private static void MergeMapping(PyDict target, PyObject source, bool isCall, PyObject? callee)
    {
        if (source is not PyDict d)
        {
            throw isCall
                ? PyErrors.TypeError($"{CallableName(callee)} argument after ** must be a mapping, not {source.Type.Name}")
                : PyErrors.TypeError($"'{source.Type.Name}' object is not a mapping");
        }
        foreach (var kv in d.Table.Entries())
        {
            if (isCall)
            {
                if (kv.Key is not PyStr key) throw PyErrors.TypeError("keywords must be strings");
                if (target.Table.ContainsKey(key))
                    throw PyErrors.TypeError($"{CallableName(callee)} got multiple values for keyword argument '{key.Value}'");
            }
            target.Set(kv.Key, kv.Value);
        }
    }

    internal static string CallableName(PyObject? callable) => callable switch
    {
        PyFunction f => f.QualName + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        PyBoundMethod { Function: PyFunction mf } => mf.QualName + "()",
        _ => "function",
    };
}

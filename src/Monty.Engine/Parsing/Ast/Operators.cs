namespace Monty.Engine.Parsing.Ast;

/// <summary>Binary arithmetic and bitwise operators, also used by augmented assignment.</summary>
internal enum BinaryOp { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd }

internal enum UnaryOp { Invert, Not, UAdd, USub }

internal enum BoolOpKind { And, Or }

internal enum CompareOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

/// <summary>Whether a name, attribute, subscript or starred target is read, written or deleted.</summary>
internal enum ExprContext { Load, Store, Del }

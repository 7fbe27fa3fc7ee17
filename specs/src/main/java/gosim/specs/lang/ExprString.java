package gosim.specs.lang;

import gosim.specs.lang.Ast.*;

/** Source-like text of an expression for error messages: models go/types/exprstring.go (ExprString). */
final class ExprString {
    private ExprString() {
    }

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case Ident i -> sb.append(i.name);
            case TypeRef t -> sb.append(t.t);
            case BasicLit b -> sb.append(b.text);
            case Paren p -> {
                sb.append('(');
                write(sb, p.x);
                sb.append(')');
            }
            case Selector s -> {
                write(sb, s.x);
                sb.append('.').append(s.sel.name);
            }
            case Index i -> {
                write(sb, i.x);
                sb.append('[');
                write(sb, i.index);
                sb.append(']');
            }
            case IndexList il -> {
                write(sb, il.x);
                sb.append('[');
                for (int k = 0; k < il.indices.size(); k++) {
                    sb.append(k > 0 ? ", " : "");
                    write(sb, il.indices.get(k));
                }
                sb.append(']');
            }
            case Union u -> {
                for (int k = 0; k < u.terms.size(); k++) {
                    sb.append(k > 0 ? " | " : "").append(u.tilde.get(k) ? "~" : "");
                    write(sb, u.terms.get(k));
                }
            }
            case SliceExpr s -> {
                write(sb, s.x);
                sb.append('[');
                if (s.lo != null) {
                    write(sb, s.lo);
                }
                sb.append(':');
                if (s.hi != null) {
                    write(sb, s.hi);
                }
                if (s.max != null) {
                    sb.append(':');
                    write(sb, s.max);
                }
                sb.append(']');
            }
            case TypeAssert t -> {
                write(sb, t.x);
                sb.append(".(");
                if (t.typeExpr == null) {
                    sb.append("type");
                } else {
                    write(sb, t.typeExpr);
                }
                sb.append(')');
            }
            case Call c when !c.args.isEmpty() && c.args.get(0) instanceof TupleElem te -> {
                write(sb, c.fun);
                sb.append('(');
                write(sb, te.source);
                sb.append(')');
            }
            case Call c -> {
                write(sb, c.fun);
                sb.append('(');
                for (int i = 0; i < c.args.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    write(sb, c.args.get(i));
                }
                if (c.ellipsis) {
                    sb.append("...");
                }
                sb.append(')');
            }
            case Star s -> {
                sb.append('*');
                write(sb, s.x);
            }
            case Unary u -> {
                sb.append(u.op.text);
                write(sb, u.x);
            }
            case Binary b -> {
                write(sb, b.x);
                sb.append(' ').append(b.op.text).append(' ');
                write(sb, b.y);
            }
            case KeyValue kv -> {
                write(sb, kv.key);
                sb.append(": ");
                write(sb, kv.value);
            }
            case CompositeLit c -> {
                if (c.typeExpr != null) {
                    write(sb, c.typeExpr);
                }
                sb.append(c.elts.isEmpty() ? "{}" : "{…}");
            }
            case FuncLit f -> sb.append("(func literal)");
            case ArrayTypeExpr a -> {
                sb.append('[');
                if (a.len != null) {
                    write(sb, a.len);
                }
                sb.append(']');
                write(sb, a.elem);
            }
            case Ellipsis el -> {
                sb.append("...");
                if (el.elem != null) {
                    write(sb, el.elem);
                }
            }
            case MapTypeExpr m -> {
                sb.append("map[");
                write(sb, m.key);
                sb.append(']');
                write(sb, m.value);
            }
            case ChanTypeExpr c -> {
                sb.append(c.dir.prefix);
                write(sb, c.elem);
            }
            case StructTypeExpr s -> sb.append("struct{…}");
            case InterfaceTypeExpr i -> sb.append(i.methods.isEmpty() ? "interface{}" : "interface{…}");
            case FuncTypeExpr f -> sb.append("func(…)");
            default -> sb.append("?");
        }
    }
}

package gosim.specs.lang;

import gosim.specs.lang.Ast.Ident;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Objects.Package;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Package initialization order: models go/types initorder.go. */
final class InitOrder {
    private InitOrder() {
    }

    /** Declaration order, dependencies first (Go spec: Package initialization). */
    static void compute(Package pkg, Map<Obj, Set<Obj>> depGraph) {
        Set<Obj> done = new HashSet<>();
        for (Var v : pkg.globals) {
            visitInit(pkg, depGraph, v, done, new HashSet<>());
        }
    }

    private static void visitInit(Package pkg, Map<Obj, Set<Obj>> depGraph, Obj o, Set<Obj> done, Set<Obj> onPath) {
        if (done.contains(o) || onPath.contains(o)) {
            return;
        }
        onPath.add(o);
        for (Obj d : depGraph.getOrDefault(o, Set.of())) {
            visitInit(pkg, depGraph, d, done, onPath);
        }
        done.add(o);
        if (o instanceof Var v && v.isGlobal() && v.pkg == pkg && !pkg.initOrder.contains(v)) {
            // all variables of a multi-variable spec initialize together
            for (Ident id : v.spec.names) {
                if (id.obj instanceof Var sv && !pkg.initOrder.contains(sv)) {
                    pkg.initOrder.add(sv);
                    done.add(sv);
                }
            }
        }
    }
}

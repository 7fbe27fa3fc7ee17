package gosim.specs.lang;

import gosim.specs.lang.Ast.Ident;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Objects.Package;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Package initialization order: models go/types initorder.go as of Go 1.19 (initOrder,
 * dependencyGraph, findPath), which is what gc uses since Go 1.13 and what real Go prints.
 *
 * <p>The nodes are the package-level constants, variables, functions and methods; an edge n -> d
 * means n's initializer (or body) refers to d. Function nodes are removed first, each predecessor
 * inheriting the function's successors (initorder.go dependencyGraph: "remove function nodes"), so
 * a variable depends directly on the variables its functions reach. Then the node with the fewest
 * remaining dependencies, ties broken by source order, is emitted first (nodeQueue.Less). Every
 * collection here iterates in insertion order: nothing depends on Java identity hashes.
 */
final class InitOrder {
    private InitOrder() {
    }

    private static final class Node {
        final Object obj;
        final int order;
        final Set<Node> succ = new LinkedHashSet<>();
        final Set<Node> pred = new LinkedHashSet<>();
        int ndeps;
        int mark;
        boolean popped;

        Node(Object obj, int order) {
            this.obj = obj;
            this.order = order;
        }

        boolean isFunc() {
            return obj instanceof FuncObj || obj instanceof Types.Method;
        }

        /** initorder.go graphNode.cost: functions with many edges are removed last. */
        int cost() {
            return succ.size() * pred.size();
        }
    }

    /**
     * Fills pkg.initOrder. deps maps each package-level object to the package-level objects its
     * declaration refers to; order gives each object's position in the source (resolver.go's
     * obj.order()). Returns the objects on an initialization cycle, or an empty list.
     */
    static List<Object> compute(Package pkg, Map<Object, Set<Object>> deps, Map<Object, Integer> order) {
        Map<Object, Node> nodes = new LinkedHashMap<>();
        for (var e : order.entrySet()) {
            nodes.put(e.getKey(), new Node(e.getKey(), e.getValue()));
        }
        for (Node n : nodes.values()) {
            for (Object d : deps.getOrDefault(n.obj, Set.of())) {
                Node dn = nodes.get(d);
                if (dn != null) {
                    n.succ.add(dn);
                    dn.pred.add(n);
                }
            }
        }
        List<Node> funcs = new ArrayList<>();
        List<Node> graph = new ArrayList<>();
        for (Node n : nodes.values()) {
            (n.isFunc() ? funcs : graph).add(n);
        }
        funcs.sort((a, b) -> Integer.compare(a.cost(), b.cost())); // stable: source order among equals
        for (Node n : funcs) {
            for (Node p : n.pred) {
                if (p != n) {
                    for (Node s : n.succ) {
                        if (s != n) {
                            p.succ.add(s);
                            s.pred.add(p);
                        }
                    }
                    p.succ.remove(n);
                }
            }
            for (Node s : n.succ) {
                s.pred.remove(n);
            }
        }
        PriorityQueue<Node> pq = new PriorityQueue<>((x, y) -> x.ndeps != y.ndeps
                ? Integer.compare(x.ndeps, y.ndeps) : Integer.compare(x.order, y.order));
        for (Node n : graph) {
            n.ndeps = n.succ.size();
            pq.add(n);
        }
        List<Object> cycle = List.of();
        Set<Ast.ValueSpec> emitted = new LinkedHashSet<>();
        int mark = 0;
        while (!pq.isEmpty()) {
            Node n = pq.poll();
            if (n.ndeps > 0 && cycle.isEmpty()) {
                List<Node> path = findPath(n, n, ++mark);
                if (path != null && path.stream().anyMatch(x -> x.obj instanceof Var || x.obj instanceof Const)) {
                    cycle = path.stream().map(x -> x.obj).toList();
                }
            }
            n.popped = true;
            for (Node p : n.pred) {
                if (!p.popped) { // heap.Fix: re-insert with the lowered count
                    pq.remove(p);
                    p.ndeps--;
                    pq.add(p);
                }
            }
            if (n.obj instanceof Var v && emitted.add(v.spec)) {
                // all variables of a multi-variable spec initialize together
                for (Ident id : v.spec.names) {
                    if (id.obj instanceof Var sv) {
                        pkg.initOrder.add(sv);
                    }
                }
            }
        }
        return cycle;
    }

    /** A path of dependency edges from a to z (initorder.go findPath), or null. */
    private static List<Node> findPath(Node a, Node z, int mark) {
        if (a.mark == mark) {
            return null;
        }
        a.mark = mark;
        for (Node d : a.succ) {
            if (d == z) {
                List<Node> p = new ArrayList<>();
                p.add(z);
                return p;
            }
            List<Node> p = findPath(d, z, mark);
            if (p != null) {
                p.add(d);
                return p;
            }
        }
        return null;
    }
}

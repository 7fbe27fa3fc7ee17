package gosim.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a module exports, read from its compiled classes: the types a user can name (public, and
 * public all the way out for nested ones) and the public members whose signatures name a type
 * the user cannot. Each module's PublicApiTest pins its surface with these (the mprof, pprof and
 * specs modules use this class from sim's test jar).
 */
public final class ApiSurface {
    private ApiSurface() {
    }

    /** The exported types of the classes directory (or jar root) that {@code anchor} was loaded from, sorted. */
    public static List<String> publicTypes(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> n.startsWith("gosim.") && !n.endsWith("package-info"))
                    .filter(n -> isExported(load(n, anchor)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Public (or protected) members of the given exported types whose signatures name a type
     * that is not exported: such a member would leak a model internal (as {@code List<G>} did).
     * Each as "Type.member: hidden type".
     */
    public static List<String> leaks(Class<?> anchor, List<String> types) {
        List<String> out = new ArrayList<>();
        for (String name : types) {
            Class<?> c = load(name, anchor);
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    check(out, name + "." + f.getName(), f.getGenericType());
                }
            }
            List<Executable> execs = new ArrayList<>(List.of(c.getDeclaredMethods()));
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                execs.add(k);
            }
            for (Executable e : execs) {
                if (!visible(e.getModifiers()) || e.isSynthetic()
                        || e instanceof Method m && m.isBridge()) {
                    continue;
                }
                String where = name + "." + (e instanceof Constructor ? "<init>" : e.getName());
                if (e instanceof Method m) {
                    check(out, where, m.getGenericReturnType());
                }
                for (Type p : e.getGenericParameterTypes()) {
                    check(out, where, p);
                }
                for (Type x : e.getGenericExceptionTypes()) {
                    check(out, where, x);
                }
            }
        }
        return out;
    }

    /**
     * The public (and protected) members c declares, sorted: fields by name, constructors and
     * methods as {@code name(ParamType, ...)} with the parameters' simple names.
     */
    public static List<String> members(Class<?> c) {
        List<String> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic() && !f.isEnumConstant()) {
                out.add(f.getName());
            }
        }
        List<Executable> execs = new ArrayList<>(List.of(c.getDeclaredMethods()));
        execs.addAll(List.of(c.getDeclaredConstructors()));
        for (Executable e : execs) {
            if (visible(e.getModifiers()) && !e.isSynthetic() && !(e instanceof Method m && m.isBridge())) {
                StringBuilder b = new StringBuilder(e instanceof Constructor ? "<init>" : e.getName()).append('(');
                Class<?>[] ps = e.getParameterTypes();
                for (int i = 0; i < ps.length; i++) {
                    b.append(i == 0 ? "" : ", ").append(ps[i].getSimpleName());
                }
                out.add(b.append(')').toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Checks t and its type arguments, array elements and wildcard bounds (a type variable's bounds are its declaration's). */
    private static void check(List<String> out, String where, Type t) {
        switch (t) {
            case Class<?> c when c.isArray() -> check(out, where, c.getComponentType());
            case Class<?> c -> {
                if (!c.isPrimitive() && !isExported(c)) {
                    out.add(where + ": " + c.getName());
                }
            }
            case ParameterizedType p -> {
                check(out, where, p.getRawType());
                for (Type a : p.getActualTypeArguments()) {
                    check(out, where, a);
                }
            }
            case GenericArrayType g -> check(out, where, g.getGenericComponentType());
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) {
                    check(out, where, b);
                }
                for (Type b : w.getLowerBounds()) {
                    check(out, where, b);
                }
            }
            default -> {
                // a type variable
            }
        }
    }

    private static Class<?> load(String name, Class<?> anchor) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public, and so is every class it is nested in; anonymous, local and synthetic classes never are. */
    static boolean isExported(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}

package org.chainrule.grader.policy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Finds the class that declares a member named at a call site: {@code invokevirtual MulGate.wait()}
 * is really {@code Object.wait()}, and the rules of the declaring class apply. Student classes are
 * read from their own bytecode; framework and JDK classes by reflection, loaded without being
 * initialised (nothing of theirs runs).
 */
final class Hierarchy {
    /** A student class as the bytecode declares it. */
    record Own(String superName, List<String> interfaces, Set<String> methods, Set<String> fields) {
    }

    private final Map<String, Own> own;
    private final ClassLoader loader;
    private final Map<String, Class<?>> loaded = new HashMap<>();

    Hierarchy(Map<String, Own> own, ClassLoader loader) {
        this.own = own;
        this.loader = loader;
    }

    /** The internal name of the class declaring method {@code name desc}, searching up from {@code owner}; {@code owner} if unknown. */
    String declaringMethod(String owner, String name, String desc) {
        String found = search(owner, name, desc, true, new ArrayList<>());
        return found == null ? owner : found;
    }

    /** True when {@code owner} has method {@code name desc}, declared or inherited. */
    boolean hasMethod(String owner, String name, String desc) {
        return search(owner, name, desc, true, new ArrayList<>()) != null;
    }

    /** True when {@code owner} has field {@code name}, declared or inherited. */
    boolean hasField(String owner, String name) {
        return search(owner, name, null, false, new ArrayList<>()) != null;
    }

    /** The internal name of the class declaring field {@code name}, searching up from {@code owner}; {@code owner} if unknown. */
    String declaringField(String owner, String name) {
        String found = search(owner, name, null, false, new ArrayList<>());
        return found == null ? owner : found;
    }

    private String search(String type, String name, String desc, boolean method, List<String> seen) {
        if (type == null || seen.contains(type)) {
            return null;
        }
        seen.add(type);
        Own mine = own.get(type);
        if (mine != null) {
            if (method ? mine.methods().contains(name + desc) : mine.fields().contains(name)) {
                return type;
            }
            String up = search(mine.superName(), name, desc, method, seen);
            for (int i = 0; up == null && i < mine.interfaces().size(); i++) {
                up = search(mine.interfaces().get(i), name, desc, method, seen);
            }
            return up;
        }
        Class<?> c = load(type);
        if (c == null) {
            return null;
        }
        if (method ? declares(c, name, desc) : declaresField(c, name)) {
            return type;
        }
        String up = c.getSuperclass() == null ? null : search(Type.getInternalName(c.getSuperclass()), name, desc, method, seen);
        for (int i = 0; up == null && i < c.getInterfaces().length; i++) {
            up = search(Type.getInternalName(c.getInterfaces()[i]), name, desc, method, seen);
        }
        if (up == null && method && c.isInterface()) {
            up = search("java/lang/Object", name, desc, true, seen); // interfaces inherit Object's public methods
        }
        return up;
    }

    private static boolean declares(Class<?> c, String name, String desc) {
        try {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(desc)) {
                    return true;
                }
            }
        } catch (LinkageError e) {
            return false;
        }
        return false;
    }

    private static boolean declaresField(Class<?> c, String name) {
        try {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return true;
                }
            }
        } catch (LinkageError e) {
            return false;
        }
        return false;
    }

    private Class<?> load(String internalName) {
        return loaded.computeIfAbsent(internalName, n -> {
            try {
                return Class.forName(n.replace('/', '.'), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        });
    }
}

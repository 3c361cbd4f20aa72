package org.chainrule.grader.policy;

import java.util.Map;
import java.util.Set;

/**
 * The JDK basics every exercise may use: from {@code java.lang} the numbers, strings, math,
 * {@code Object}, exceptions and printing; {@code java.util} collections; {@code java.util.function};
 * sequential streams. Everything else in the JDK is refused.
 *
 * <p>A few allowed classes carry member rules, applied to the class that <em>declares</em> the
 * member (so {@code myException.printStackTrace()} is judged as {@code Throwable.printStackTrace}).
 */
final class JdkRules {
    /** Allowed classes, internal names. Nested classes of these ({@code Map$Entry}) are listed too. */
    private static final Set<String> TYPES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/StringBuffer",
            "java/lang/CharSequence", "java/lang/Character", "java/lang/Number", "java/lang/Integer", "java/lang/Long",
            "java/lang/Double", "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean",
            "java/lang/Void", "java/lang/Math", "java/lang/StrictMath", "java/lang/Comparable", "java/lang/Iterable",
            "java/lang/AutoCloseable", "java/lang/Cloneable", "java/lang/Runnable", "java/lang/Appendable",
            "java/lang/Enum", "java/lang/Record", "java/lang/System", "java/lang/Class", "java/io/PrintStream",
            "java/lang/Override", "java/lang/FunctionalInterface", "java/lang/SafeVarargs", "java/lang/Deprecated",
            "java/lang/SuppressWarnings",
            "java/util/Collection", "java/util/List", "java/util/ArrayList", "java/util/LinkedList", "java/util/Set",
            "java/util/HashSet", "java/util/LinkedHashSet", "java/util/TreeSet", "java/util/SortedSet",
            "java/util/NavigableSet", "java/util/Map", "java/util/Map$Entry", "java/util/HashMap",
            "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/SortedMap", "java/util/NavigableMap",
            "java/util/IdentityHashMap", "java/util/EnumMap", "java/util/EnumSet", "java/util/Queue",
            "java/util/Deque", "java/util/ArrayDeque", "java/util/PriorityQueue", "java/util/Stack",
            "java/util/Vector", "java/util/BitSet", "java/util/Iterator", "java/util/ListIterator",
            "java/util/Spliterator", "java/util/RandomAccess", "java/util/Collections", "java/util/Arrays",
            "java/util/Objects", "java/util/Optional", "java/util/OptionalInt", "java/util/OptionalLong",
            "java/util/OptionalDouble", "java/util/Comparator", "java/util/StringJoiner",
            "java/util/AbstractCollection", "java/util/AbstractList", "java/util/AbstractSequentialList",
            "java/util/AbstractSet", "java/util/AbstractMap", "java/util/AbstractMap$SimpleEntry",
            "java/util/AbstractMap$SimpleImmutableEntry", "java/util/AbstractQueue",
            "java/util/IntSummaryStatistics", "java/util/LongSummaryStatistics", "java/util/DoubleSummaryStatistics",
            "java/util/Locale", "java/util/PrimitiveIterator", "java/util/PrimitiveIterator$OfInt",
            "java/util/PrimitiveIterator$OfLong", "java/util/PrimitiveIterator$OfDouble",
            "java/util/stream/Stream", "java/util/stream/IntStream", "java/util/stream/LongStream",
            "java/util/stream/DoubleStream", "java/util/stream/BaseStream", "java/util/stream/Collectors",
            "java/util/stream/Collector", "java/util/stream/Collector$Characteristics",
            "java/util/stream/Stream$Builder", "java/util/stream/IntStream$Builder",
            "java/util/stream/LongStream$Builder", "java/util/stream/DoubleStream$Builder");

    /** Classes whose members are allowed only when listed here. */
    private static final Map<String, Set<String>> ONLY = Map.of(
            "java/lang/System", Set.of("out", "err", "arraycopy", "nanoTime", "currentTimeMillis",
                    "identityHashCode", "lineSeparator"),
            "java/lang/Class", Set.of("getName", "getSimpleName", "getTypeName", "isInstance", "cast",
                    "desiredAssertionStatus", "hashCode", "equals", "toString"),
            "java/io/PrintStream", Set.of("print", "println", "printf", "format", "append", "flush", "write",
                    "checkError"));

    /** Members refused although their class is allowed. */
    private static final Map<String, Set<String>> EXCEPT = Map.of(
            "java/lang/Object", Set.of("wait", "notify", "notifyAll", "finalize"),
            "java/lang/Throwable", Set.of("getStackTrace", "setStackTrace", "printStackTrace"),
            "java/lang/Integer", Set.of("getInteger"),
            "java/lang/Long", Set.of("getLong"),
            "java/lang/Boolean", Set.of("getBoolean"),
            "java/lang/Math", Set.of("random"),
            "java/lang/StrictMath", Set.of("random"),
            "java/util/Locale", Set.of("setDefault"),
            "java/util/Collection", Set.of("parallelStream"),
            "java/util/Arrays", Set.of("parallelSort", "parallelPrefix", "parallelSetAll"));

    private JdkRules() {
    }

    /** True for a JDK class every exercise may name (its members are checked on their own). */
    static boolean allowsType(String internalName) {
        return TYPES.contains(internalName) || isFunction(internalName) || isBasicThrowable(internalName);
    }

    /** True when member {@code name} of its declaring class {@code owner} may be used. */
    static boolean allowsMember(String owner, String name) {
        Set<String> only = ONLY.get(owner);
        if (only != null && !only.contains(name)) {
            return false;
        }
        if (owner.startsWith("java/util/stream/") && name.equals("parallel")) {
            return false;
        }
        return !EXCEPT.getOrDefault(owner, Set.of()).contains(name);
    }

    /** The functional interfaces of {@code java.util.function}. */
    private static boolean isFunction(String internalName) {
        return internalName.startsWith("java/util/function/") && internalName.indexOf('/', "java/util/function/".length()) < 0;
    }

    /** Exceptions and errors of {@code java.lang} and {@code java.util} (not of their subpackages). */
    private static boolean isBasicThrowable(String internalName) {
        String pkg = internalName.substring(0, Math.max(0, internalName.lastIndexOf('/')));
        if (!pkg.equals("java/lang") && !pkg.equals("java/util")) {
            return false;
        }
        try {
            Class<?> type = Class.forName(internalName.replace('/', '.'), false, null);
            return Throwable.class.isAssignableFrom(type) && java.lang.reflect.Modifier.isPublic(type.getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

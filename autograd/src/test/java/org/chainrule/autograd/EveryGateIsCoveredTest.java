package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every gate class of the package, so a new gate cannot skip its gradient property: the
 * gate classes are found in the compiled main classes (where {@link Gate} itself was loaded from,
 * so test-only gates do not count) and compared with the {@link Covers} marks of
 * {@link GateGradientsTest}.
 */
class EveryGateIsCoveredTest {

    @Test
    void everyGateHasAGradientProperty() throws Exception {
        Set<String> gates = gateClasses();
        assertThat(gates).as("gate classes found").hasSizeGreaterThanOrEqualTo(22)
                .contains("Add", "Mul", "Max", "CrossEntropy");
        assertThat(coveredGates()).as("gates with a property in GateGradientsTest").isEqualTo(gates);
    }

    /** Simple names of the concrete classes implementing Gate in the main classes of this package. */
    static Set<String> gateClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Gate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = Gate.class.getPackageName().replace('.', '/');
        Set<String> names = new TreeSet<>();
        for (String entry : classFiles(root, pkg)) {
            Class<?> c = Class.forName(Gate.class.getPackageName() + "." + entry);
            if (Gate.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                names.add(c.getSimpleName());
            }
        }
        return names;
    }

    /** Class names (without {@code .class}) directly in package folder {@code pkg}, from a folder or a jar. */
    private static Set<String> classFiles(Path root, String pkg) throws IOException {
        Stream<String> files;
        if (Files.isDirectory(root)) {
            try (Stream<Path> list = Files.list(root.resolve(pkg))) {
                files = list.map(p -> p.getFileName().toString()).collect(Collectors.toList()).stream();
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                files = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(pkg + "/"))
                        .map(n -> n.substring(pkg.length() + 1)).filter(n -> !n.contains("/"))
                        .collect(Collectors.toList()).stream();
            }
        }
        return files.filter(n -> n.endsWith(".class")).map(n -> n.substring(0, n.length() - ".class".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> coveredGates() {
        return Arrays.stream(GateGradientsTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(m -> m.getAnnotation(Covers.class))
                .filter(c -> c != null)
                .flatMap(c -> Arrays.stream(c.value()))
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyGradientPropertySaysWhichGateItCovers() {
        for (Method m : GateGradientsTest.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                assertThat(m.isAnnotationPresent(Covers.class)).as("@Covers on %s", m.getName()).isTrue();
            }
        }
    }
}

package org.deepfreq.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.deepfreq.Launcher;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import picocli.CommandLine.Command;

/**
 * {@code deepfreq rdf} runs with only the libraries the pom's {@code rdf.artifacts} names (the launcher's short class
 * path). This follows every class the command can reach from the launcher, statically, and checks that each library
 * class among them comes from one of those artifacts: a class from any other would fail to load in that process.
 */
class RdfClassPathTest {

    /** Classes the JDK itself provides. */
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    @Test
    void everyLibraryClassTheRdfCommandCanReachComesFromItsClassPath() throws Exception {
        Set<String> artifacts = Set.of(rdfArtifacts().split(","));
        assertThat(artifacts).contains("picocli", "javacpp", "openblas");
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.deepfreq");
        Set<String> reached = new TreeSet<>();
        Set<String> library = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>(List.of(classes.get(Launcher.class), classes.get(RdfCommand.class)));
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (!reached.add(c.getName())) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                String name = target.getName();
                if (name.startsWith("org.deepfreq.")) {
                    if (isOtherCommand(target) && !commandSide(c)) {
                        continue; // reached only through a method the rdf command never calls
                    }
                    if (isOtherCommand(target)) {
                        // the command line loads every command's class to read its name; nothing more runs
                        library.addAll(supertypesOutsideTheJdk(target));
                        continue;
                    }
                    todo.push(classes.get(name));
                } else if (!target.isPrimitive() && JDK.stream().noneMatch(name::startsWith)) {
                    library.add(name);
                }
            }
        }
        assertThat(reached).as("classes reached").contains(RdfCommand.class.getName(), "org.deepfreq.spectrum.RdfEngine")
                .hasSizeGreaterThan(40);
        Set<String> outside = new TreeSet<>();
        for (String name : library) {
            String artifact = artifactOf(name);
            if (!artifacts.contains(artifact)) {
                outside.add(name + " (" + artifact + ")");
            }
        }
        assertThat(outside).as("library classes outside rdf.artifacts").isEmpty();
    }

    /** A command other than {@code rdf}: a picocli command class of the cli package. */
    private static boolean isOtherCommand(JavaClass c) {
        return c.isAnnotatedWith(Command.class) && !c.getName().equals(RdfCommand.class.getName())
                && c.getPackageName().equals(RdfCommand.class.getPackageName());
    }

    /** The command line's own classes, which name every command. */
    private static boolean commandSide(JavaClass c) {
        return c.getName().startsWith(DeepFreqCli.class.getName());
    }

    private static Set<String> supertypesOutsideTheJdk(JavaClass c) {
        Set<String> out = new HashSet<>();
        c.getAllRawSuperclasses().forEach(s -> out.add(s.getName()));
        c.getAllRawInterfaces().forEach(i -> out.add(i.getName()));
        out.removeIf(n -> n.startsWith("org.deepfreq.") || JDK.stream().anyMatch(n::startsWith));
        return out;
    }

    /** The Maven artifact id of the jar a class is loaded from in this test's class path. */
    private static String artifactOf(String className) throws ClassNotFoundException, URISyntaxException {
        Class<?> c = Class.forName(className, false, RdfClassPathTest.class.getClassLoader());
        Path jar = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        // .../repository/<group>/<artifactId>/<version>/<artifactId>-<version>[-classifier].jar
        return jar.getParent().getParent().getFileName().toString();
    }

    private static String rdfArtifacts() throws IOException {
        Matcher m = Pattern.compile("<rdf\\.artifacts>([^<]+)</rdf\\.artifacts>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("rdf.artifacts in pom.xml").isTrue();
        return m.group(1).strip();
    }
}

package org.chainrule.grader;

import java.util.regex.Pattern;

/** Which of an exercise's test classes run: the public ones only, or the hidden ones too. */
public enum TestSuite {
    /** {@code <Class>Test} in {@code exercises/src/test/java}: what {@code check} runs. */
    PUBLIC,
    /** {@code <Class>Test} and {@code <Class>HiddenTest}: what the grader runs. */
    ALL;

    /** The fully-qualified test class names this suite runs in {@code packageName}, as a regular expression. */
    public String classNamePattern(String packageName) {
        String prefix = Pattern.quote(packageName + ".");
        return this == PUBLIC ? prefix + "[A-Za-z0-9_]*(?<!Hidden)Test" : prefix + "[A-Za-z0-9_]*Test";
    }
}

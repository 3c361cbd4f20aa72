package org.chainrule.grader.intake;

import java.util.List;

/**
 * What the grader took from a submission and what it left out.
 *
 * @param kept    the declared student classes found, placed in the workspace, in exercise order
 * @param ignored every other file or folder, with the reason, in submission order
 */
public record IntakeResult(List<KeptSource> kept, List<IgnoredFile> ignored) {

    /** Copies the lists. */
    public IntakeResult {
        kept = List.copyOf(kept);
        ignored = List.copyOf(ignored);
    }

    /** The kept sources of one exercise, e.g. {@code of("E02")}. */
    public List<KeptSource> of(String exerciseId) {
        return kept.stream().filter(k -> k.exercise().id().equals(exerciseId)).toList();
    }
}

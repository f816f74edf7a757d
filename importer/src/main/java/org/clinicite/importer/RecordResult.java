package org.clinicite.importer;

/**
 * The result for one record (or for a whole file that could not be read).
 *
 * @param studyId the stored study's id; null when rejected
 * @param title   the study's title as read, for messages
 * @param reason  why it was rejected; null otherwise
 */
public record RecordResult(String file, int line, ImportOutcome outcome, Long studyId, Long writeUpId,
        String title, String reason) {

    static RecordResult rejected(Problem p) {
        return new RecordResult(p.file(), p.line(), ImportOutcome.REJECTED, null, null, null, p.reason());
    }

    /** The problem form ({@code file:line: reason}) of a rejection. */
    public Problem problem() {
        return new Problem(file, line, 0, reason);
    }
}

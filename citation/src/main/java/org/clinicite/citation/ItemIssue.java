package org.clinicite.citation;

/**
 * Something wrong with one input item.
 *
 * @param index   zero-based position of the item in the input list
 * @param id      the item's own id, or null if it had none
 * @param message what is wrong, readable without a stack trace
 * @param skipped true if the item was left out of the output, false if it was formatted after a repair
 */
public record ItemIssue(int index, String id, String message, boolean skipped) {
    static ItemIssue skipped(CslItemException e) {
        return new ItemIssue(e.index(), e.itemId(), e.getMessage(), true);
    }
}
